import type { CellValue } from "../../../src/core/tracking/cell-value";
import type { SheetGrid } from "../../../src/core/tracking/surroundings";

/** A sheet read from A1 whose cells are given as { P6: "note" }; formulas read a constant as itself. */
export function sheet(cells: Record<string, CellValue>, rows = 20, cols = 20): SheetGrid {
  const values: CellValue[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  for (const [address, value] of Object.entries(cells)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    values[Number(digits) - 1][letters.charCodeAt(0) - 65] = value;
  }
  return { rect: { row: 0, col: 0, rows, cols }, values, formulas: values };
}
