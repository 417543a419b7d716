import type { CellValue } from "../core/tracking/cell-value";
import type { NotesMove } from "../core/tracking/surroundings";
import type { RequestBudget } from "./request-budget";
import { writeTextSafely } from "./text-cells";
import { cellNumberFormat } from "./tracking-sheet-format";

/** The plan names a formula only where it stays put: it refuses any that would have to move. */
function staysPut(cell: CellValue): boolean {
  return typeof cell === "string" && cell.startsWith("=");
}

/**
 * Writes the notes beside the table level with their KPI's new row, in the write batch of Load or Sort.
 * Text goes into "@" cells so Excel keeps it as typed. A formula left where it stands is written as null,
 * value and format alike, so it stays a formula (written back as text under "@" it would become text).
 */
export async function writeNotesBeside(
  budget: RequestBudget,
  sheet: Excel.Worksheet,
  moves: readonly NotesMove[],
): Promise<void> {
  for (const { rect, cells } of moves) {
    const range = sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
    const values = cells.map((row) => row.map((cell) => (staysPut(cell) ? null : (cell ?? ""))));
    const formats = cells.map((row) =>
      row.map((cell) => (staysPut(cell) ? null : cellNumberFormat(null, cell))),
    );
    await writeTextSafely(budget, range, values, formats);
  }
}
