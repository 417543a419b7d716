/**
 * Reading progress entries from the bytes of a CSV file or of an xlsx workbook's tracking table: shared by
 * the command line (`validate`, `annex`, `consolidate`) and the task pane's Collect returns, which loads
 * this module on demand. Messages name no file; the caller puts its name in front.
 */
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/tracking/cell-value";
import { EN } from "../core/language/catalogue/en";
import { messageIn, type CatalogueMessage } from "../core/language/catalogue-message";
import { translatorFor } from "../core/language/translate";
import type { ProgressEntry } from "../core/engine/types";
import { conflictIn } from "../core/returns/source";
import { HEADER_ALIASES, TRACKING_COLUMNS, type TrackingColumnKey } from "../core/tracking/columns";
import { PackageLimitError, checkPackageSize } from "./package-limits";

/**
 * A progress file that cannot be used; the message is one line, without the file's name, in English;
 * `said` is the same line as a catalogue message, for a caller that speaks another language.
 */
export class ProgressFileError extends Error {
  override name = "ProgressFileError";

  constructor(readonly said: CatalogueMessage) {
    super(messageIn(translatorFor(EN), said));
  }
}

/** How far down a sheet to look for the header row (below a title and an as-at row). */
export const HEADER_SEARCH_ROWS = 30;

type EntryKey = "id" | "actual" | "completedOn" | "reportedStatus" | "latestProgress" | "source";
const ENTRY_KEYS: ReadonlySet<TrackingColumnKey> = new Set<TrackingColumnKey>([
  "id",
  "actual",
  "completedOn",
  "reportedStatus",
  "latestProgress",
  "source",
]);
const ENTRY_FIELDS = ["actual", "completedOn", "reportedStatus", "latestProgress"] as const;
/** The tracking table's other headers (register and computed columns): expected, and not read. */
const TRACKING_HEADERS: ReadonlySet<string> = new Set(
  TRACKING_COLUMNS.map((column) => column.header.toLowerCase()),
);
const READ_COLUMNS = "KPI ID (or ID), Actual, Completed on, Reported status, Latest progress";

/** The rows of a progress file the commands can use, and what was left out on the way. */
export interface ProgressFile {
  entries: ProgressEntry[];
  /** Each entry's row in the file (1-based, as a spreadsheet numbers it). */
  rowNumbers: number[];
  /** Columns not read and rows with entries but no ID, one line each. */
  warnings: CatalogueMessage[];
}

/** A workbook's progress, and the subject its document properties give (a department return's sender). */
export interface WorkbookProgress {
  file: ProgressFile;
  subject: string;
}

export function progressFromCsv(bytes: Uint8Array): ProgressFile {
  let rows: string[][];
  try {
    // Empty lines are kept (as empty rows) so row numbers match what a spreadsheet shows.
    rows = parse(new TextDecoder().decode(bytes), { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ProgressFileError({ key: "returns.read.malformedCsv", params: { detail: message } });
  }
  const read = entriesFromRows(rows);
  if (read.kind === "found") return read.file;
  throw new ProgressFileError(missingHeader(read));
}

/** Loads an xlsx workbook with exceljs (fetched on demand), refusing a damaged or oversized package first. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    checkPackageSize(bytes);
  } catch (error) {
    if (!(error instanceof PackageLimitError)) throw error;
    throw new ProgressFileError({
      key: error.kind === "damaged" ? "returns.read.notXlsx" : "returns.read.packageRefused",
      params: { detail: error.message },
    });
  }
  // Loaded on demand: exceljs is large and CSV input never needs it.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ProgressFileError({ key: "returns.read.notXlsx", params: { detail: message } });
  }
  return workbook;
}

/** A worksheet's cells as the engine sees them, row by row from row 1 (empty rows included). */
export function worksheetRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: CellValue[] = [];
    for (let column = 1; column < values.length; column++) cells.push(cellValueOf(values[column]));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

export async function progressFromXlsx(bytes: Uint8Array): Promise<WorkbookProgress> {
  const workbook = await loadXlsx(bytes);
  let refused: { sheet: string; read: Exclude<RowsRead, { kind: "found" | "none" }> } | undefined;
  for (const worksheet of workbook.worksheets) {
    const read = entriesFromRows(worksheetRows(worksheet));
    if (read.kind === "found") {
      return {
        file: { ...read.file, warnings: read.file.warnings.map((w) => onSheet(worksheet.name, w)) },
        subject: workbook.subject ?? "",
      };
    }
    if (read.kind !== "none") refused ??= { sheet: worksheet.name, read };
  }
  if (refused) throw new ProgressFileError(onSheet(refused.sheet, missingHeader(refused.read)));
  throw new ProgressFileError({ key: "returns.read.noSheetHeader" });
}

function onSheet(sheet: string, problem: CatalogueMessage): CatalogueMessage {
  return { key: "returns.read.onSheet", params: { sheet, problem } };
}

/** An exceljs cell value as the engine sees it; a formula typed into an entry cell stays a formula. */
export function cellValueOf(value: ExcelJS.CellValue): CellValue {
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

type RowsRead =
  | { kind: "found"; file: ProgressFile }
  | { kind: "refused"; message: CatalogueMessage }
  | { kind: "none" }
  | { kind: "too-deep"; row: number; header: string };

function missingHeader(read: Exclude<RowsRead, { kind: "found" }>): CatalogueMessage {
  if (read.kind === "refused") return read.message;
  if (read.kind === "none") return { key: "returns.read.noHeader" };
  return {
    key: "returns.read.headerTooDeep",
    params: { header: read.header, row: read.row, limit: HEADER_SEARCH_ROWS },
  };
}

/**
 * Finds the header row (the first, within the first rows, that names an ID column) and reads the rows
 * below it. A header further down is reported, not read: it is usually a second table or notes.
 */
export function entriesFromRows(rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>): RowsRead {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const header = readHeader(rows[r]);
    if (header !== null) return readBelow(rows, r, header);
  }
  for (let r = limit; r < rows.length; r++) {
    const header = readHeader(rows[r]);
    if (header !== null)
      return { kind: "too-deep", row: r + 1, header: cellText(rows[r][header.columns.id]) };
  }
  return { kind: "none" };
}

function readBelow(
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
  headerIndex: number,
  header: Header,
): RowsRead {
  const { columns } = header;
  const present = ENTRY_FIELDS.filter((key) => columns[key] !== undefined);
  if (present.length === 0) {
    const row = headerIndex + 1;
    return {
      kind: "refused",
      message:
        header.notRead.length > 0
          ? {
              key: "returns.read.noEntryColumnFound",
              params: { row, found: header.notRead.map((n) => n.name).join(", "), columns: READ_COLUMNS },
            }
          : { key: "returns.read.noEntryColumn", params: { row, columns: READ_COLUMNS } },
    };
  }
  const warnings = header.notRead.map((column): CatalogueMessage => ({
    key: column.repeated ? "returns.read.columnRepeated" : "returns.read.columnNotRead",
    params: { letter: column.letter, name: column.name, columns: READ_COLUMNS },
  }));
  const entries: ProgressEntry[] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    const field = (key: EntryKey): CellValue => {
      const column = columns[key];
      return column === undefined ? null : (row[column] ?? null);
    };
    const id = cellText(row[columns.id]);
    if (id === "") {
      if (present.some((key) => cellText(field(key)) !== "")) {
        warnings.push({ key: "returns.read.rowWithoutId", params: { row: i + 1 } });
      }
      continue;
    }
    const entry: ProgressEntry = {
      kpiId: id,
      actual: field("actual"),
      completedOn: field("completedOn"),
      reportedStatus: field("reportedStatus"),
      latestProgress: field("latestProgress"),
    };
    // Returns that disagreed on this KPI, recorded by consolidate: Validate must see it as needs-review.
    const conflict = conflictIn(field("source"));
    if (conflict !== null) entry.conflict = conflict;
    entries.push(entry);
    rowNumbers.push(i + 1);
  }
  return { kind: "found", file: { entries, rowNumbers, warnings } };
}

interface Header {
  columns: { id: number } & Partial<Record<EntryKey, number>>;
  /** Named columns the reader does not read: unknown names, or a second column of a read name. */
  notRead: Array<{ letter: string; name: string; repeated: boolean }>;
}

function readHeader(row: ReadonlyArray<CellValue | undefined>): Header | null {
  const found: Partial<Record<EntryKey, number>> = {};
  const notRead: Header["notRead"] = [];
  for (let c = 0; c < row.length; c++) {
    const shown = cellText(row[c]);
    if (shown === "") continue;
    const name = shown.toLowerCase().replace(/\s+/g, " ");
    const key = Object.hasOwn(HEADER_ALIASES, name) ? HEADER_ALIASES[name] : undefined;
    if (key !== undefined && ENTRY_KEYS.has(key)) {
      if (found[key as EntryKey] === undefined) found[key as EntryKey] = c;
      else notRead.push({ letter: columnLetter(c), name: shown, repeated: true });
    } else if (!TRACKING_HEADERS.has(name)) {
      notRead.push({
        letter: columnLetter(c),
        name: shown.length > 40 ? `${shown.slice(0, 39)}…` : shown,
        repeated: false,
      });
    }
  }
  return found.id === undefined ? null : { columns: { ...found, id: found.id }, notRead };
}

/** 0 -> A, 25 -> Z, 26 -> AA: the column as a spreadsheet labels it. */
function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function cellText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}
