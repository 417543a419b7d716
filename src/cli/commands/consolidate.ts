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
import { messageIn } from "../../core/language/catalogue-message";
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
import type { CliTranslate } from "../cli-language";
import { cliLanguage, cliTranslator } from "../cli-language";

interface ConsolidateArgs {
  returns: string[];
  out: string;
  into?: string;
  registerPath: string;
  format: Format;
  force: boolean;
}

function parse(argv: string[], t: CliTranslate): ConsolidateArgs | "help" {
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
    t,
    "consolidate",
  );
  if (values.help) return "help";
  if (positionals.length === 0) throw new CliInputError(t("cli.consolidate.noReturns"));
  if (!values.out) throw new CliInputError(t("cli.error.outRequired"));
  if (extname(values.out).toLowerCase() !== ".xlsx")
    throw new CliInputError(t("cli.error.outXlsx", { out: values.out }));
  if (values.into !== undefined && extname(values.into).toLowerCase() !== ".xlsx")
    throw new CliInputError(t("cli.consolidate.intoType", { into: values.into }));
  const format = readFormat(values.format, t);
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
async function readReturns(paths: readonly string[], t: CliTranslate): Promise<DepartmentReturn[]> {
  const read: DepartmentReturn[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const bytes = await readInputBytes(path, t);
      const receivedAt = (await stat(path)).mtime.toISOString();
      const reading = await readReturnFile(bytes, basename(path), receivedAt);
      if (reading.ok) read.push(reading.return);
      else problems.push(t("cli.file.problem", { path, problem: messageIn(t, reading.error) }));
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0)
    throw new CliInputError(t("cli.consolidate.nothingWritten", { problems: problems.join("; ") }));
  return read;
}

/** The workbook to consolidate into; `dashboardCharts` when writing it leaves out its Dashboard's charts. */
async function startingWorkbook(
  args: ConsolidateArgs,
  register: Register,
  t: CliTranslate,
): Promise<{ workbook: ExcelJS.Workbook; dashboardCharts: boolean }> {
  if (args.into === undefined) return { workbook: await trackerWorkbook(register), dashboardCharts: false };
  const { into } = args;
  const bytes = await readInputBytes(into, t);
  try {
    const workbook = await loadXlsx(bytes);
    const { lost, dashboardCharts } = partsNotKept(bytes, workbook);
    if (lost.length > 0) {
      throw new CliInputError(t("cli.consolidate.intoCannotKeep", { into, parts: lost.join(", ") }));
    }
    return { workbook, dashboardCharts };
  } catch (error) {
    if (error instanceof ProgressFileError)
      throw new CliInputError(t("cli.consolidate.intoProblem", { into, problem: messageIn(t, error.said) }));
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

function applyMerge(table: TrackingTableInFile, merge: ReturnsMerge, t: CliTranslate): void {
  const rowOf = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row.id !== "" && !rowOf.has(row.id)) rowOf.set(row.id, index);
  });
  for (const update of merge.updates) {
    const index = rowOf.get(update.id)!;
    if (!writeTableCell(table, index, "source", update.source)) {
      throw new CliInputError(t("cli.consolidate.noSourceColumn"));
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
    const t = cliTranslator(cliLanguage(argv));
    const args = parse(argv, t);
    if (args === "help") {
      process.stdout.write(t("cli.consolidate.usage"));
      return 0;
    }
    await checkOutput(outputTarget(args), t);
    const register = await readRegisterFile(args.registerPath, t);
    const returns = await readReturns(args.returns, t);
    const { workbook, dashboardCharts } = await startingWorkbook(args, register, t);
    let table: TrackingTableInFile;
    try {
      table = readTrackingTable(workbook, register.year);
    } catch (error) {
      if (error instanceof ProgressFileError)
        throw new CliInputError(
          t("cli.consolidate.intoProblem", { into: String(args.into), problem: messageIn(t, error.said) }),
        );
      throw error;
    }
    const merge = mergeReturns(
      table.rows.map((row) => ({ id: row.id, entries: entriesOf(row), source: row.cells.source ?? "" })),
      returns,
      kpiDepartments(register),
    );
    applyMerge(table, merge, t);
    keepReplaced(workbook, table, merge, register.year);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await writeOutput(outputTarget(args), bytes, t);
    if (dashboardCharts) {
      const note = { command: "consolidate", path: args.out, text: DASHBOARD_CHARTS_NOTE };
      process.stderr.write(`${t("cli.note", note)}\n`);
    }
    process.stdout.write(
      args.format === "json"
        ? `${JSON.stringify({ out: args.out, ...summaryInWords(merge.summary, t) }, null, 2)}\n`
        : summaryTable(args.out, merge.summary, t),
    );
    return 0;
  } catch (error) {
    return reportFailure("consolidate", error);
  }
}

function shown(value: unknown): string {
  return value === null || value === undefined || String(value).trim() === "" ? "–" : String(value).trim();
}

/** The summary as JSON gives it: each refusal's reason in the run's language. */
function summaryInWords(summary: ReturnsSummary, t: CliTranslate): object {
  return {
    ...summary,
    refused: summary.refused.map((row) => ({ ...row, reason: messageIn(t, row.reason) })),
  };
}

export function summaryTable(out: string, summary: ReturnsSummary, t: CliTranslate): string {
  const lines = [
    t("cli.consolidate.wrote", {
      out,
      merged: summary.merged,
      unchanged: summary.unchanged,
      conflicts: summary.conflicts.length,
      refused: summary.refused.length,
    }),
  ];
  if (summary.conflicts.length > 0) {
    lines.push("", t("cli.consolidate.inConflict"));
    for (const conflict of summary.conflicts) {
      lines.push(`  ${conflict.id}`);
      for (const value of conflict.values) {
        const conflict = {
          source: value.source,
          actual: shown(value.actual),
          completedOn: shown(value.completedOn),
          reportedStatus: shown(value.reportedStatus),
        };
        lines.push(`    ${t("cli.consolidate.conflictValue", conflict)}`);
      }
    }
  }
  if (summary.refused.length > 0) {
    lines.push("", t("cli.consolidate.refused"));
    for (const row of summary.refused) lines.push(`  ${row.source}: ${messageIn(t, row.reason)}`);
  }
  return `${lines.join("\n")}\n`;
}
