export { buildAnnex, progressColumnHeader, type BuildAnnexInput } from "./build";
export { emphasiseFigures } from "./emphasis";
export { narrativeBullets } from "./narrative";
export { progressLines, runsText } from "./text";
export * from "./model";
export {
  annexGrid,
  bulletCell,
  estimateRowHeight,
  type AnnexGrid,
  type GridMerge,
  type GridRow,
  type GridRowKind,
} from "./grid";
