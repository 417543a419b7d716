import { extname } from "node:path";
import { parseArgs } from "node:util";
import { isCalendarDate } from "../../core/calendar";
import type { KpiResult } from "../../core/engine/types";
import { indexRegister, validateTable, type RegisterIndex } from "../../core/engine/validate-progress";
import { DEFAULT_TOLERANCE, STATUSES, type Status } from "../../core/vocabulary";
import { formatFigure } from "../../core/progress/paper-figures";
import { readFormat, type Format } from "../output-format";
import { CliInputError, readProgressFile } from "../progress-input";
import { validateInWorkbook } from "../validate-in-workbook";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { parseTolerance } from "../tolerance";
import { warnAboutUnusedRows } from "../unused-rows";

export const VALIDATE_USAGE = `Usage: kpi-tracker validate <progress.csv|progress.xlsx> --as-at YYYY-MM-DD [options]

Checks every progress entry against the register and prints each KPI's status and the reasons.
With --write, the file is a tracking workbook: Expected, Status and Reason are written into its KPI
table and the validation is appended to its "KPI history" sheet; nothing else in it changes.

Options:
  --as-at YYYY-MM-DD   the date the progress is reported as at (required)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --tolerance SHARE    how far behind expected progress a KPI may be, as a share of the distance
                       from baseline to target (default ${DEFAULT_TOLERANCE})
  --format table|json  output format (default: table)
  --write              write the results into the tracking workbook (.xlsx) and its history
  -h, --help           show this help

Exit status: 0 when the check ran (whatever the statuses), 2 on unreadable input or a bad option.
`;

interface ValidateOptions {
  file: string;
  asAt: string;
  registerPath: string;
  tolerance: number;
  format: Format;
  write: boolean;
}

export async function run(argv: string[]): Promise<number> {
  let options: ValidateOptions | "help";
  try {
    options = readOptions(argv);
  } catch (error) {
    return fail(error);
  }
  if (options === "help") {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
  try {
    const register = await readRegisterFile(options.registerPath);
    const validation = { asAt: options.asAt, tolerance: options.tolerance };
    let results: KpiResult[];
    if (options.write) {
      results = await validateInWorkbook(options.file, register, validation);
    } else {
      const file = await readProgressFile(options.file);
      warnAboutUnusedRows("validate", options.file, file, register);
      results = validateTable(register, file.entries, validation);
    }
    const index = indexRegister(register);
    process.stdout.write(options.format === "json" ? toJson(results, index) : toTable(results, index));
    return 0;
  } catch (error) {
    return fail(error);
  }
}

function fail(error: unknown): number {
  if (!(error instanceof CliInputError)) throw error;
  process.stderr.write(`kpi-tracker validate: ${error.message}\n`);
  return 2;
}

function readOptions(argv: string[]): ValidateOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        "as-at": { type: "string" },
        register: { type: "string" },
        tolerance: { type: "string" },
        format: { type: "string" },
        write: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliInputError(parseArgsMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length !== 1) {
    throw new CliInputError(
      positionals.length === 0
        ? "give one progress file (.csv or .xlsx)"
        : `give one progress file, not ${positionals.length}`,
    );
  }
  const asAt = values["as-at"];
  if (asAt === undefined) throw new CliInputError("--as-at YYYY-MM-DD is required");
  if (!isCalendarDate(asAt)) throw new CliInputError(`--as-at "${asAt}" is not a real date as YYYY-MM-DD`);
  const tolerance = values.tolerance === undefined ? DEFAULT_TOLERANCE : parseTolerance(values.tolerance);
  if (values.write && extname(positionals[0]).toLowerCase() !== ".xlsx") {
    throw new CliInputError(`--write needs a tracking workbook (.xlsx), not "${positionals[0]}"`);
  }
  const format = readFormat(values.format);
  return {
    file: positionals[0],
    asAt,
    registerPath: values.register ?? DEFAULT_REGISTER_PATH,
    tolerance,
    format,
    write: values.write === true,
  };
}

function parseArgsMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'([^']+)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return `unknown flag ${flag ?? ""}; see kpi-tracker validate --help`.trim();
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${flag ?? "an option"} needs a value`;
  return message.split("\n")[0];
}

/** Figures per numeric target: one number for a single numeric target, a list for several, else null. */
function figures(
  result: KpiResult,
  index: RegisterIndex,
  key: "expected" | "actual",
): number | Array<number | null> | null {
  const kpi = index.get(result.kpiId.trim());
  if (kpi === undefined || kpi.numeric.length === 0) return null;
  if (kpi.numeric.length === 1) return result[key];
  return kpi.numeric.map((target) => result.parts[target.index]?.[key] ?? null);
}

export function toJson(results: readonly KpiResult[], index: RegisterIndex): string {
  const rows = results.map((result) => ({
    id: result.kpiId,
    status: result.status,
    reasons: result.reasons,
    expected: figures(result, index, "expected"),
    actual: figures(result, index, "actual"),
    expectedText: result.expectedText,
    proposedPhrase: result.proposedPhrase,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function shownFigures(value: number | Array<number | null> | null): string {
  if (value === null) return "";
  if (typeof value === "number") return formatFigure(value);
  return value.map((v) => (v === null ? "–" : formatFigure(v))).join("; ");
}

export function toTable(results: readonly KpiResult[], index: RegisterIndex): string {
  const header = ["ID", "Status", "Expected", "Actual", "Reason"];
  const rows = results.map((result) => [
    result.kpiId,
    result.status,
    result.expectedText,
    shownFigures(figures(result, index, "actual")),
    result.reasons.join(" | "),
  ]);
  // A loop, not Math.max(...spread): spreading a column of 100 000+ rows overflows the call stack.
  const widths = header.map((title) => title.length);
  for (const row of rows) {
    for (let column = 0; column < widths.length; column++) {
      if (row[column].length > widths[column]) widths[column] = row[column].length;
    }
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  const counts = new Map<Status, number>(STATUSES.map((status) => [status, 0]));
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const statusWidth = Math.max(...STATUSES.map((status) => status.length));
  const summary = STATUSES.map((status) => `${status.padEnd(statusWidth)}  ${counts.get(status)}`);
  return [
    line(header),
    line(
      widths.map((width, column) => "-".repeat(column === widths.length - 1 ? header[column].length : width)),
    ),
    ...rows.map(line),
    "",
    ...summary,
    `${"total".padEnd(statusWidth)}  ${results.length}`,
    "",
  ].join("\n");
}
