import { isBlank, type CellValue } from "./cell-value";
import { columnLetter } from "./sheet-layout";

/** A block of cells on a sheet, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What a sheet holds, as read in one go (its used range): cells outside `rect` are empty. */
export interface SheetGrid {
  rect: Rect;
  values: readonly (readonly CellValue[])[];
  formulas: readonly (readonly CellValue[])[];
  /** Blocks of merged cells, where they were read. */
  merged?: readonly Rect[];
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/** The blocks of an A1 address list such as "'KPIs 2023'!P7:P8, 'KPIs 2023'!R9" (sheet names skipped). */
export function blocksOfAddress(address: string): Rect[] {
  const blocks = address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g);
  return [...blocks].map(([, fromCol, fromRow, toCol = fromCol, toRow = fromRow]) => {
    const row = Number(fromRow) - 1;
    const col = columnIndex(fromCol);
    return { row, col, rows: Number(toRow) - row, cols: columnIndex(toCol) - col + 1 };
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** A merged block spans two cells at least, so it is always named as a range ("F5:F6"). */
function addressOf(rect: Rect): string {
  return `${a1(rect.row, rect.col)}:${a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

export function emptyGrid(): SheetGrid {
  return { rect: { row: 0, col: 0, rows: 0, cols: 0 }, values: [], formulas: [] };
}

function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

/** The cell's formula text if it holds one, else its value ("" outside what was read). */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = row - grid.rect.row;
  const c = col - grid.rect.col;
  const formula = grid.formulas[r]?.[c];
  return typeof formula === "string" && formula.startsWith("=") ? formula : (grid.values[r]?.[c] ?? "");
}

/** The cells of a block, formula text where there is one. */
export function blockOf(grid: SheetGrid, rect: Rect): CellValue[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) => cellAt(grid, rect.row + r, rect.col + c)),
  );
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "P7, P9 and 3 more": enough for an officer to find the cells. */
export function cellList(addresses: readonly string[], shown = 6): string {
  if (addresses.length <= shown) return addresses.join(", ");
  return `${addresses.slice(0, shown).join(", ")} and ${addresses.length - shown} more`;
}

/** Columns left and right of the table with something beside its body rows, as [first, count] spans. */
function sideSpans(grid: SheetGrid, table: Rect): Array<{ col: number; cols: number }> {
  const right = table.col + table.cols;
  const sides = [
    { from: grid.rect.col, to: table.col },
    { from: right, to: grid.rect.col + grid.rect.cols },
  ];
  const spans: Array<{ col: number; cols: number }> = [];
  for (const { from, to } of sides) {
    const used: number[] = [];
    for (let col = from; col < to; col++) {
      for (let row = table.row + 1; row < table.row + table.rows; row++) {
        if (!isBlank(cellAt(grid, row, col))) {
          used.push(col);
          break;
        }
      }
    }
    if (used.length > 0) spans.push({ col: used[0], cols: used[used.length - 1] - used[0] + 1 });
  }
  return spans;
}

/** For each body row of the table (header excluded), whether anything sits beside it outside the table. */
export function notesBesideRows(grid: SheetGrid, table: Rect): boolean[] {
  const spans = sideSpans(grid, table);
  return Array.from({ length: table.rows - 1 }, (_, i) => {
    const row = table.row + 1 + i;
    return spans.some((span) =>
      Array.from({ length: span.cols }, (_, c) => cellAt(grid, row, span.col + c)).some(
        (cell) => !isBlank(cell),
      ),
    );
  });
}

/** Filled cells the new table would cover that the old one did not hold (notes under or beside it). */
export function coveredCells(grid: SheetGrid, next: Rect, previous: Rect | null): string[] {
  const found: string[] = [];
  for (let row = next.row; row < next.row + next.rows; row++) {
    for (let col = next.col; col < next.col + next.cols; col++) {
      if (previous && inside(previous, row, col)) continue;
      if (!isBlank(cellAt(grid, row, col))) found.push(a1(row, col));
    }
  }
  return found;
}

/** Cells beside the table to write again so that notes stay level with their KPI's row. */
export interface NotesMove {
  rect: Rect;
  /** Formula text for formulas left in place; values otherwise. */
  cells: CellValue[][];
}

export type NotesPlan = { move: NotesMove[]; problem: null } | { move: null; problem: string };

/** What moves the rows: a reload from the register, or the pane's Sort. */
export type RowsMover = "load" | "sort";

/**
 * Notes typed beside the table belong to the row they sit next to. When a reload or a sort moves rows
 * (register order, new KPIs, rows kept at the end, worst status first), their notes move with them. A
 * formula cannot be moved by rewriting it (its references would point at the wrong row), so the action
 * says so instead. `sources[i]` is the old body row that new row i continues, or null for a new KPI.
 */
export function planNotesBeside(
  grid: SheetGrid,
  table: Rect,
  sources: readonly (number | null)[],
  mover: RowsMover,
): NotesPlan {
  const noted = notesBesideRows(grid, table);
  const oldRows = table.rows - 1;
  const moves = sources.some((source, i) => source !== null && source !== i && noted[source]);
  if (!moves) return { move: [], problem: null };

  const firstRow = table.row + 1;
  const rows = Math.max(oldRows, sources.length);
  const spans = sideSpans(grid, table);
  const below: string[] = [];
  for (let row = firstRow + oldRows; row < firstRow + rows; row++) {
    for (const span of spans) {
      for (let col = span.col; col < span.col + span.cols; col++) {
        if (!isBlank(cellAt(grid, row, col))) below.push(a1(row, col));
      }
    }
  }
  if (below.length > 0) {
    return {
      move: null,
      problem:
        `The notes beside the table move with their rows, and would then cover ${cellList(below)}. Move ` +
        `those cells further down or to another sheet, then ${mover} again; nothing was changed.`,
    };
  }
  const formulas: string[] = [];
  const move = spans.map((span) => {
    const rect = { row: firstRow, col: span.col, rows, cols: span.cols };
    const cells = Array.from({ length: rows }, (_, i) => {
      const source = sources[i] ?? null;
      return Array.from({ length: span.cols }, (_, c) => {
        const cell = source === null || !noted[source] ? "" : cellAt(grid, firstRow + source, span.col + c);
        if (typeof cell === "string" && cell.startsWith("=") && source !== i) {
          formulas.push(a1(firstRow + (source ?? i), span.col + c));
        }
        return cell;
      });
    });
    return { rect, cells };
  });
  // A merged block cannot be split between rows, and writing a column of cells across it is refused.
  const merged = (grid.merged ?? []).filter((block) => move.some((m) => overlaps(m.rect, block)));
  if (merged.length > 0) {
    return {
      move: null,
      problem:
        `The notes beside the table move with their rows, but ${cellList(merged.map(addressOf))} ` +
        `${merged.length === 1 ? "is a merged block" : "are merged blocks"}. Unmerge them (Home > Merge & ` +
        `Center), then ${mover} again; nothing was changed.`,
    };
  }
  if (formulas.length > 0) {
    return {
      move: null,
      problem:
        `The formulas beside the table in ${cellList(formulas)} would no longer sit next to their KPI after ` +
        `this ${mover}, and ${mover === "load" ? "Load" : "Sort"} cannot move formulas. Move them into a ` +
        `column of the table (insert a column inside it) or to another sheet, then ${mover} again; nothing ` +
        "was changed.",
    };
  }
  return { move, problem: null };
}
