export { buildAnnex, progressColumnHeader, type BuildAnnexInput } from "./build";
export { emphasiseFigures } from "./figure-emphasis";
export { narrativeBullets } from "./narrative";
export { progressLines } from "./progress-lines";
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
