/**
 * The annex laid out on a worksheet grid, shared by the exceljs export and the Office.js sheet writer
 * so both print the same cells, merges and widths.
 */
import type { RichText } from "../register/schema";
import { BULLET, type Annex, type AnnexMeasure } from "./model";
import { runsText } from "../register/kpi-text";
import { progressLines } from "./progress-lines";

export type GridRowKind = "title" | "gap" | "header" | "area" | "kpi";

export interface GridRow {
  kind: GridRowKind;
  /** One entry per column; an empty array is an empty cell. */
  cells: RichText[];
}

/** Zero-based, inclusive. */
export interface GridMerge {
  row: number;
  column: number;
  rowEnd: number;
  columnEnd: number;
}

export interface AnnexGrid {
  /** Excel column widths in characters. */
  columnWidths: number[];
  rows: GridRow[];
  merges: GridMerge[];
  /** Zero-based index of the header row (printed on every page). */
  headerRow: number;
}

/** CJK characters and full-width forms. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6]/g;

const COLUMN_WIDTHS: Record<Annex["layout"], number[]> = {
  "kpi-list": [26, 70],
  "progress-report": [20, 42, 42],
};

/** Bullets in one cell: "➤ " before each line, lines separated by line breaks (wrap on). */
export function bulletCell(lines: RichText[], lead?: RichText): RichText {
  const runs: RichText = [];
  if (lead) runs.push(...lead.map((run) => ({ ...run })));
  lines.forEach((line, index) => {
    if (index > 0 || lead) runs.push({ text: "\n" });
    runs.push({ text: `${BULLET} ` }, ...line.map((run) => ({ ...run })));
  });
  return runs;
}

function measureRows(annex: Annex, measure: AnnexMeasure, columns: number): GridRow[] {
  return measure.rows.map((row, index) => {
    const cells: RichText[] = [
      index === 0 ? [{ text: measure.heading }] : [],
      bulletCell([row.kpi], index === 0 ? measure.preamble : undefined),
    ];
    if (annex.layout === "progress-report") cells.push(bulletCell(progressLines(row.progress)));
    return { kind: "kpi", cells: cells.slice(0, columns) };
  });
}

export function annexGrid(annex: Annex): AnnexGrid {
  const columns = annex.columns.length;
  const empty = (): RichText[] => Array.from({ length: columns }, () => []);
  const spanning = (text: string, bold: boolean): RichText[] => [
    [bold ? { text, bold } : { text }],
    ...empty().slice(1),
  ];
  const rows: GridRow[] = [
    { kind: "title", cells: spanning(annex.title, true) },
    { kind: "gap", cells: empty() },
    { kind: "header", cells: annex.columns.map((text) => [{ text, bold: true }]) },
  ];
  const merges: GridMerge[] = [{ row: 0, column: 0, rowEnd: 0, columnEnd: columns - 1 }];
  for (const area of annex.areas) {
    merges.push({ row: rows.length, column: 0, rowEnd: rows.length, columnEnd: columns - 1 });
    rows.push({ kind: "area", cells: spanning(area.heading, true) });
    for (const measure of area.measures) {
      const first = rows.length;
      rows.push(...measureRows(annex, measure, columns));
      if (rows.length - first > 1)
        merges.push({ row: first, column: 0, rowEnd: rows.length - 1, columnEnd: 0 });
    }
  }
  return { columnWidths: COLUMN_WIDTHS[annex.layout], rows, merges, headerRow: 2 };
}

/**
 * Row height in points for wrapped text, estimated from the text length: files written outside Excel
 * carry no computed heights, and LibreOffice does not fit rows on opening. Merged cells are left out
 * (spreadsheets never fit rows to them); a small overestimate beats clipped text.
 */
export function estimateRowHeight(row: GridRow, columnWidths: readonly number[], fontSize = 11): number {
  const lineHeight = fontSize * 1.3;
  let lines = 1;
  row.cells.forEach((runs, column) => {
    if (row.kind === "area" || (row.kind === "title" && column > 0)) return;
    const width = row.kind === "title" ? columnWidths.reduce((a, b) => a + b, 0) : columnWidths[column];
    // A column width counts Calibri digits; 11 pt Times New Roman fits about 1.4 characters per unit (measured
    // on LibreOffice renders), less the cell margin.
    const perLine = Math.max(8, Math.floor((width - 2) * 1.4 * (11 / fontSize)));
    // A Chinese character is about two Latin characters wide.
    const text = runsText(runs).replace(WIDE, "xx");
    const cellLines = text
      .split("\n")
      .reduce(
        (sum, paragraph) => sum + Math.max(1, Math.ceil(wrappedLength(paragraph, perLine) / perLine)),
        0,
      );
    lines = Math.max(lines, cellLines);
  });
  return Math.ceil(lines * lineHeight + 4);
}

/** Length a paragraph takes when wrapped at word boundaries: each line's unused tail counts too. */
function wrappedLength(paragraph: string, perLine: number): number {
  let used = 0;
  let line = 0;
  for (const word of paragraph.split(" ")) {
    const needed = line === 0 ? word.length : word.length + 1;
    if (line + needed > perLine && line > 0) {
      used += perLine;
      line = word.length;
    } else {
      line += needed;
    }
  }
  return used + line;
}
