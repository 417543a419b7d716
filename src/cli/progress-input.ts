import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import type { CellValue, ProgressEntry } from "../core/engine/types";
import { HEADER_ALIASES, type TrackingColumnKey } from "../core/tracking/columns";

/** Input the command line cannot use; the message is one line, shown as is. */
export class CliInputError extends Error {
  override name = "CliInputError";
}

/** How far down a sheet to look for the header row (below a title and an as-at row). */
const HEADER_SEARCH_ROWS = 30;

type EntryKey = "id" | "actual" | "completedOn" | "reportedStatus" | "latestProgress";
const ENTRY_KEYS: ReadonlySet<TrackingColumnKey> = new Set<TrackingColumnKey>([
  "id",
  "actual",
  "completedOn",
  "reportedStatus",
  "latestProgress",
]);

/** Reads progress entries from a CSV file or from the tracking table of an xlsx workbook. */
export async function readProgressFile(path: string): Promise<ProgressEntry[]> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new CliInputError(`${path}: expected a .csv or .xlsx file`);
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliInputError(
      `${path}: ${error.code === "ENOENT" ? "no such file" : `cannot read (${error.code ?? error.message})`}`,
    );
  });
  return extension === ".csv" ? entriesFromCsv(bytes, path) : entriesFromXlsx(bytes, path);
}

function entriesFromCsv(bytes: Buffer, path: string): ProgressEntry[] {
  let rows: string[][];
  try {
    rows = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliInputError(`${path}: malformed CSV — ${message}`);
  }
  const entries = entriesFromRows(rows);
  if (entries === null) throw new CliInputError(`${path}: no header row with a "KPI ID" or "ID" column`);
  return entries;
}

async function entriesFromXlsx(bytes: Buffer, path: string): Promise<ProgressEntry[]> {
  // Loaded on demand: exceljs is large and CSV input never needs it.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliInputError(`${path}: not a readable xlsx workbook (${message})`);
  }
  for (const worksheet of workbook.worksheets) {
    const rows: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: CellValue[] = [];
      for (let column = 1; column < values.length; column++) cells.push(fromExcel(values[column]));
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const entries = entriesFromRows(rows);
    if (entries !== null) return entries;
  }
  throw new CliInputError(`${path}: no worksheet has a header row with a "KPI ID" or "ID" column`);
}

/** An exceljs cell value as the engine sees it; a formula typed into an entry cell stays a formula. */
function fromExcel(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value && typeof value.formula === "string") return `=${value.formula}`;
  if ("sharedFormula" in value) return `=${value.sharedFormula}`;
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  return null;
}

/**
 * Finds the header row (the first, within the first rows, that names an ID column) and reads the rows
 * below it. Returns null when there is no such header. Rows without an ID are skipped.
 */
export function entriesFromRows(
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
): ProgressEntry[] | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = headerColumns(rows[r]);
    if (columns === null) continue;
    const entries: ProgressEntry[] = [];
    for (let i = r + 1; i < rows.length; i++) {
      const row = rows[i];
      const id = cellText(row[columns.id]);
      if (id === "") continue;
      const field = (key: EntryKey): CellValue => {
        const column = columns[key];
        return column === undefined ? null : (row[column] ?? null);
      };
      entries.push({
        kpiId: id,
        actual: field("actual"),
        completedOn: field("completedOn"),
        reportedStatus: field("reportedStatus"),
        latestProgress: field("latestProgress"),
      });
    }
    return entries;
  }
  return null;
}

function headerColumns(
  row: ReadonlyArray<CellValue | undefined>,
): ({ id: number } & Partial<Record<EntryKey, number>>) | null {
  const found: Partial<Record<EntryKey, number>> = {};
  for (let c = 0; c < row.length; c++) {
    const name = cellText(row[c]).toLowerCase().replace(/\s+/g, " ");
    const key = HEADER_ALIASES[name];
    if (key !== undefined && ENTRY_KEYS.has(key) && found[key as EntryKey] === undefined)
      found[key as EntryKey] = c;
  }
  return found.id === undefined ? null : { ...found, id: found.id };
}

function cellText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}
