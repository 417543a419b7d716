import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { validatedAtText } from "../../core/history/layout";
import { replacedRows } from "../../core/history/snapshot";
import { kpiDepartments, mergeReturns, type ReturnsMerge } from "../../core/returns/merge-returns";
import type { DepartmentReturn, ReturnsSummary } from "../../core/returns/department-return";
import type { Register } from "../../core/register/schema";
import { ENTRY_COLUMN_KEYS } from "../../core/tracking/columns";
import { entriesOf } from "../../core/tracking/merge";
import { TRACKING_SHEET, excelSerialFromIso, trackingSheetName } from "../../core/tracking/sheet-layout";
import { isCalendarDate } from "../../core/calendar";
import { ProgressFileError, loadXlsx } from "../../export/progress-file";
import { readReturnFile } from "../../export/return-file";
import { trackerWorkbook } from "../../export/tracker-workbook";
import {
  appendHistory,
  cellAt,
  DASHBOARD_CHARTS_NOTE,
  partsNotKept,
  readTrackingTable,
  writeTableCell,
  type TrackingTableInFile,
} from "../../export/tracking-workbook-file";
import { checkOutput, writeOutput, type OutputTarget } from "../output-file";
import { readFormat, type Format } from "../output-format";
import { CliInputError, readInputBytes } from "../progress-input";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { reportFailure } from "./annex";
import { parseCommandOptions } from "../command-options";

export const CONSOLIDATE_USAGE = `Usage: kpi-tracker consolidate <return.csv|return.xlsx>... --out tracker.xlsx [options]

Merges department returns (their tracking workbooks sent back, or CSVs in the progress format) into one
tracking workbook by KPI ID. A return's entries replace the table's for the KPIs it returns (the values
replaced go to the "KPI history" sheet), and the Source column says which return and when. Returns that
disagree on a KPI write nothing to it: its Source names both, and validate marks it needs-review. A KPI
outside a return's department, or not in the register, is refused for that row; the rest is merged.

Options:
  --out FILE           the merged .xlsx to write (required)
  --into FILE          start from this tracking workbook, keeping its entries except where a return
                       updates them (default: a new workbook for the whole register)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --format table|json  summary format (default: table)
  --force              replace --out if it exists (never an input)
  -h, --help           show this help

A return's department is the one its workbook was written for (workbook --department), else the one
department code in its file name (FSD.csv); otherwise no department check is made.
Exit status: 0 when the workbook was written, 2 on unreadable input or a bad option.
`;

interface ConsolidateArgs {
  returns: string[];
  out: string;
  into?: string;
  registerPath: string;
  format: Format;
  force: boolean;
}

function parse(argv: string[]): ConsolidateArgs | "help" {
  const { values, positionals } = parseCommandOptions(
    argv,
    {
      out: { type: "string" },
      into: { type: "string" },
      register: { type: "string" },
      format: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    CliInputError,
  );
  if (values.help) return "help";
  if (positionals.length === 0) throw new CliInputError("give at least one return (.csv or .xlsx)");
  if (!values.out) throw new CliInputError("--out is required");
  if (extname(values.out).toLowerCase() !== ".xlsx")
    throw new CliInputError(`--out must end in .xlsx, got "${values.out}"`);
  if (values.into !== undefined && extname(values.into).toLowerCase() !== ".xlsx")
    throw new CliInputError(`--into must be a tracking workbook (.xlsx), got "${values.into}"`);
  const format = readFormat(values.format);
  return {
    returns: positionals,
    out: values.out,
    into: values.into,
    registerPath: values.register ?? DEFAULT_REGISTER_PATH,
    format,
    force: values.force === true,
  };
}

function outputTarget(args: ConsolidateArgs): OutputTarget {
  const inputs = [args.registerPath, ...args.returns, ...(args.into ? [args.into] : [])];
  return { path: args.out, force: args.force, inputs };
}

/** Every return read; a file that cannot be read stops the command, and every such file is named. */
async function readReturns(paths: readonly string[]): Promise<DepartmentReturn[]> {
  const read: DepartmentReturn[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const bytes = await readInputBytes(path);
      const receivedAt = (await stat(path)).mtime.toISOString();
      const reading = await readReturnFile(bytes, basename(path), receivedAt);
      if (reading.ok) read.push(reading.return);
      else problems.push(`${path}: ${reading.error}`);
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new CliInputError(`${problems.join("; ")}; nothing was written`);
  return read;
}

/** The workbook to consolidate into; `dashboardCharts` when writing it leaves out its Dashboard's charts. */
async function startingWorkbook(
  args: ConsolidateArgs,
  register: Register,
): Promise<{ workbook: ExcelJS.Workbook; dashboardCharts: boolean }> {
  if (args.into === undefined) return { workbook: await trackerWorkbook(register), dashboardCharts: false };
  const bytes = await readInputBytes(args.into);
  try {
    const workbook = await loadXlsx(bytes);
    const { lost, dashboardCharts } = partsNotKept(bytes, workbook);
    if (lost.length > 0) {
      throw new CliInputError(
        `--into ${args.into} holds ${lost.join(", ")}, which this command cannot write back; ` +
          "collect the returns in Excel instead",
      );
    }
    return { workbook, dashboardCharts };
  } catch (error) {
    if (error instanceof ProgressFileError) throw new CliInputError(`--into ${args.into}: ${error.message}`);
    throw error;
  }
}

/** A date written as a date: Completed on keeps its date format, and Excel shows it as one. */
function entryCell(
  key: (typeof ENTRY_COLUMN_KEYS)[number],
  value: ExcelJS.CellValue | string | number | boolean | null,
) {
  if (key === "completedOn" && typeof value === "string" && isCalendarDate(value.trim()))
    return excelSerialFromIso(value.trim());
  return value;
}

function applyMerge(table: TrackingTableInFile, merge: ReturnsMerge): void {
  const rowOf = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row.id !== "" && !rowOf.has(row.id)) rowOf.set(row.id, index);
  });
  for (const update of merge.updates) {
    const index = rowOf.get(update.id)!;
    if (!writeTableCell(table, index, "source", update.source)) {
      throw new CliInputError(
        `the KPI table has no Source column (made by an earlier version); run "kpi-tracker workbook" for a ` +
          "new workbook, or load the register again in Excel, then consolidate into it",
      );
    }
    if (update.kind === "merged") {
      for (const key of ENTRY_COLUMN_KEYS)
        writeTableCell(table, index, key, entryCell(key, update.entries[key]) as string | number | null);
    }
  }
}

/** The entries returns replaced, kept in the history sheet with the Status the row showed. */
function keepReplaced(
  workbook: ExcelJS.Workbook,
  table: TrackingTableInFile,
  merge: ReturnsMerge,
  year: number,
): void {
  const statusOf = new Map(table.rows.map((row) => [row.id, String(row.cells.status ?? "")]));
  const replaced = merge.updates.flatMap((update) =>
    update.kind === "merged" && Object.values(update.replaced).some((value) => value !== "" && value !== null)
      ? [
          {
            id: update.id,
            replaced: update.replaced,
            status: statusOf.get(update.id) ?? "",
            by: update.source,
          },
        ]
      : [],
  );
  if (replaced.length === 0) return;
  const sheet = workbook.getWorksheet(trackingSheetName(year));
  const asAtCell = sheet ? cellAt(sheet, TRACKING_SHEET.asAtCell) : null;
  const asAt = typeof asAtCell === "number" ? isoFromSerial(asAtCell) : String(asAtCell ?? "");
  appendHistory(workbook, replacedRows(asAt, validatedAtText(new Date()), replaced));
}

function isoFromSerial(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parse(argv);
    if (args === "help") {
      process.stdout.write(CONSOLIDATE_USAGE);
      return 0;
    }
    await checkOutput(outputTarget(args));
    const register = await readRegisterFile(args.registerPath);
    const returns = await readReturns(args.returns);
    const { workbook, dashboardCharts } = await startingWorkbook(args, register);
    let table: TrackingTableInFile;
    try {
      table = readTrackingTable(workbook, register.year);
    } catch (error) {
      if (error instanceof ProgressFileError)
        throw new CliInputError(`--into ${args.into}: ${error.message}`);
      throw error;
    }
    const merge = mergeReturns(
      table.rows.map((row) => ({ id: row.id, entries: entriesOf(row), source: row.cells.source ?? "" })),
      returns,
      kpiDepartments(register),
    );
    applyMerge(table, merge);
    keepReplaced(workbook, table, merge, register.year);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await writeOutput(outputTarget(args), bytes);
    if (dashboardCharts)
      process.stderr.write(`kpi-tracker consolidate: note: ${args.out}: ${DASHBOARD_CHARTS_NOTE}\n`);
    process.stdout.write(
      args.format === "json"
        ? `${JSON.stringify({ out: args.out, ...merge.summary }, null, 2)}\n`
        : summaryTable(args.out, merge.summary),
    );
    return 0;
  } catch (error) {
    return reportFailure("consolidate", error);
  }
}

function shown(value: unknown): string {
  return value === null || value === undefined || String(value).trim() === "" ? "–" : String(value).trim();
}

export function summaryTable(out: string, summary: ReturnsSummary): string {
  const lines = [
    `Wrote ${out}: ${summary.merged} merged, ${summary.unchanged} unchanged, ` +
      `${summary.conflicts.length} in conflict, ${summary.refused.length} refused`,
  ];
  if (summary.conflicts.length > 0) {
    lines.push("", "In conflict (nothing written; validate marks them needs-review):");
    for (const conflict of summary.conflicts) {
      lines.push(`  ${conflict.id}`);
      for (const value of conflict.values) {
        lines.push(
          `    ${value.source}: Actual ${shown(value.actual)}, Completed on ${shown(value.completedOn)}, ` +
            `Reported status ${shown(value.reportedStatus)}`,
        );
      }
    }
  }
  if (summary.refused.length > 0) {
    lines.push("", "Refused:");
    for (const row of summary.refused) lines.push(`  ${row.source}: ${row.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
