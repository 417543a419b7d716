import { extname } from "node:path";
import { isCalendarDate } from "../../core/calendar";
import type { KpiResult } from "../../core/engine/types";
import type { CliTranslate } from "../cli-language";
import { indexRegister, validateTable, type RegisterIndex } from "../../core/engine/validate-progress";
import { DEFAULT_TOLERANCE, STATUSES, type Status } from "../../core/vocabulary";
import { formatFigure } from "../../core/progress/paper-figures";
import { readFormat, type Format } from "../output-format";
import { CliInputError, readProgressFile } from "../progress-input";
import { validateInWorkbook } from "../validate-in-workbook";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { parseTolerance } from "../tolerance";
import { warnAboutUnusedRows } from "../unused-rows";
import { cliLanguage, cliTranslator, environmentLanguage } from "../cli-language";
import { parseCommandOptions } from "../command-options";
import { displayWidth, padToWidth } from "../display-width";

interface ValidateOptions {
  file: string;
  asAt: string;
  registerPath: string;
  tolerance: number;
  format: Format;
  write: boolean;
}

export async function run(argv: string[]): Promise<number> {
  let t = cliTranslator(environmentLanguage(process.env));
  let options: ValidateOptions | "help";
  try {
    t = cliTranslator(cliLanguage(argv));
    options = readOptions(argv, t);
  } catch (error) {
    return fail(error);
  }
  if (options === "help") {
    process.stdout.write(t("cli.validate.usage", { tolerance: DEFAULT_TOLERANCE }));
    return 0;
  }
  try {
    const register = await readRegisterFile(options.registerPath, t);
    const validation = { asAt: options.asAt, tolerance: options.tolerance };
    let results: KpiResult[];
    if (options.write) {
      results = await validateInWorkbook(options.file, register, validation, t);
    } else {
      const file = await readProgressFile(options.file, t);
      warnAboutUnusedRows("validate", options.file, file, register, t);
      results = validateTable(register, file.entries, validation);
    }
    const index = indexRegister(register);
    process.stdout.write(options.format === "json" ? toJson(results, index) : toTable(results, index, t));
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

function readOptions(argv: string[], t: CliTranslate): ValidateOptions | "help" {
  const { values, positionals } = parseCommandOptions(
    argv,
    {
      "as-at": { type: "string" },
      register: { type: "string" },
      tolerance: { type: "string" },
      format: { type: "string" },
      write: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    CliInputError,
    t,
    "validate",
  );
  if (values.help) return "help";
  if (positionals.length !== 1) {
    throw new CliInputError(
      positionals.length === 0
        ? t("cli.validate.noFile")
        : t("cli.validate.tooManyFiles", { count: positionals.length }),
    );
  }
  const asAt = values["as-at"];
  if (asAt === undefined) throw new CliInputError(t("cli.validate.asAtRequired"));
  if (!isCalendarDate(asAt)) throw new CliInputError(t("cli.validate.asAtNotDate", { value: asAt }));
  const tolerance = values.tolerance === undefined ? DEFAULT_TOLERANCE : parseTolerance(values.tolerance, t);
  if (values.write && extname(positionals[0]).toLowerCase() !== ".xlsx") {
    throw new CliInputError(t("cli.validate.writeNeedsXlsx", { file: positionals[0] }));
  }
  const format = readFormat(values.format, t);
  return {
    file: positionals[0],
    asAt,
    registerPath: values.register ?? DEFAULT_REGISTER_PATH,
    tolerance,
    format,
    write: values.write === true,
  };
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

export function toTable(results: readonly KpiResult[], index: RegisterIndex, t: CliTranslate): string {
  const header = [
    t("cli.validate.header.id"),
    t("cli.validate.header.status"),
    t("cli.validate.header.expected"),
    t("cli.validate.header.actual"),
    t("cli.validate.header.reason"),
  ];
  const rows = results.map((result) => [
    result.kpiId,
    result.status,
    result.expectedText,
    shownFigures(figures(result, index, "actual")),
    result.reasons.join(" | "),
  ]);
  // A loop, not Math.max(...spread): spreading a column of 100 000+ rows overflows the call stack.
  const widths = header.map(displayWidth);
  for (const row of rows) {
    for (let column = 0; column < widths.length; column++) {
      const width = displayWidth(row[column]);
      if (width > widths[column]) widths[column] = width;
    }
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : padToWidth(cell, widths[column])))
      .join("  ")
      .trimEnd();
  const counts = new Map<Status, number>(STATUSES.map((status) => [status, 0]));
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const total = t("cli.validate.total");
  const statusWidth = Math.max(displayWidth(total), ...STATUSES.map((status) => status.length));
  const summary = STATUSES.map((status) => `${status.padEnd(statusWidth)}  ${counts.get(status)}`);
  return [
    line(header),
    line(
      widths.map((width, column) =>
        "-".repeat(column === widths.length - 1 ? displayWidth(header[column]) : width),
      ),
    ),
    ...rows.map(line),
    "",
    ...summary,
    `${padToWidth(total, statusWidth)}  ${results.length}`,
    "",
  ].join("\n");
}
