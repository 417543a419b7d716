import type { CatalogueMessage } from "../language/catalogue-message";
import type { CellValue } from "../tracking/cell-value";
import type { Department } from "../register/schema";

/** One KPI row of a department return: the tracking entry fields as the department filled them in. */
export interface ReturnEntry {
  id: string;
  actual: CellValue;
  completedOn: CellValue;
  reportedStatus: CellValue;
  latestProgress: CellValue;
  /** The row in the file (1-based, as a spreadsheet numbers it), for messages. */
  row?: number;
}

/** What one department sent back: a tracking workbook or a progress CSV, read. */
export interface DepartmentReturn {
  /** The file name, as the coordinator sees it. */
  source: string;
  /** The department the return is from, when the file says so; null: unknown, no department check. */
  department: Department | null;
  /** When the return was received (ISO date and time, UTC). */
  receivedAt: string;
  entries: readonly ReturnEntry[];
}

/** One return's figures for a KPI on which returns disagree. */
export interface ConflictingValue {
  /** "<file name>, <received at>". */
  source: string;
  actual: CellValue;
  completedOn: CellValue;
  reportedStatus: CellValue;
}

export interface ReturnsConflict {
  id: string;
  values: ConflictingValue[];
}

export interface RefusedRow {
  source: string;
  id: string;
  /** Why the row was refused, for the pane and the command line to say in their language. */
  reason: CatalogueMessage;
}

/** What collecting returns did, for the pane's summary and the command line's report. */
export interface ReturnsSummary {
  /** KPI rows whose entries a return replaced. */
  merged: number;
  /** KPI rows a return gave back exactly as the table already had them. */
  unchanged: number;
  conflicts: ReturnsConflict[];
  refused: RefusedRow[];
}
