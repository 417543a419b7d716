import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { buildRegister, type KpiReading } from "../../core/register/build-register";
import { kpiListRows } from "../../core/register/list-layout";
import { isoDateSchema } from "../../core/register/schema";
import { ListInputError, readKpiListFile } from "./register-input";
import { parseCommandOptions } from "../command-options";

export const REGISTER_USAGE = `Usage: kpi-tracker register <kpi-list.csv|kpi-list.xlsx|annex.docx> --year YYYY --announced YYYY-MM-DD --out register.json [options]

Turns a published KPI list into a register: reads each KPI's targets and deadlines from its wording,
prints what it read, and writes the register JSON that workbook, validate and annex take.

Input:
  .csv / .xlsx   columns Area, Measure, Department (optional), KPI; or, in an xlsx, the paper's annex
                 layout pasted from Word ("(I) ..." area rows, "(A) ..." measures, ➤ bullets)
  .docx          the first table of a Word annex in the paper's layout (as kpi-tracker annex writes it)

Options:
  --year YYYY            the year the KPIs are for (ids are <year>-<measure letter>-<n>)
  --announced DATE       the day the Policy Address announced the list; deadlines with no start open here
  --out FILE             the register .json to write (required)
  --title TEXT           the annex title (default: the title above the table, else "Key Performance Indicators (YYYY)")
  --source TEXT          where the list was published
  --force                overwrite --out if it exists
  -h, --help             show this help

A KPI whose wording cannot be read is kept with no target ("needsReading" in the file) and counted on
the last line; nothing is guessed.

Exit status: 0 when the register was written, 2 on unreadable input or a bad option.
`;

interface RegisterArgs {
  input: string;
  year: number;
  announced: string;
  out: string;
  title?: string;
  source?: string;
  force: boolean;
}

function parse(argv: string[]): RegisterArgs | "help" {
  const { values, positionals } = parseCommandOptions(
    argv,
    {
      year: { type: "string" },
      announced: { type: "string" },
      out: { type: "string" },
      title: { type: "string" },
      source: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    ListInputError,
  );
  if (values.help) return "help";
  if (positionals.length !== 1) throw new ListInputError("give one KPI list file (.csv, .xlsx or .docx)");
  if (
    !values.year ||
    !/^\d{4}$/.test(values.year) ||
    Number(values.year) < 2000 ||
    Number(values.year) > 2100
  )
    throw new ListInputError(`--year must be a year such as 2026, got "${values.year ?? ""}"`);
  if (!values.announced || !isoDateSchema.safeParse(values.announced).success)
    throw new ListInputError(`--announced must be a date as YYYY-MM-DD, got "${values.announced ?? ""}"`);
  if (!values.out) throw new ListInputError("--out is required");
  if (extname(values.out).toLowerCase() !== ".json")
    throw new ListInputError(`--out must end in .json, got "${values.out}"`);
  return {
    input: positionals[0],
    year: Number(values.year),
    announced: values.announced,
    out: values.out,
    ...(values.title ? { title: values.title } : {}),
    ...(values.source ? { source: values.source } : {}),
    force: values.force === true,
  };
}

/** "2026-A-1  count: 750 proactive inspections by 31 Dec 2026; milestone by 30 Jun 2026" */
export function readingLine(reading: KpiReading, idWidth: number): string {
  const what = reading.needsReading ? `NEEDS READING: ${reading.needsReading}` : reading.targets.join("; ");
  return `${reading.id.padEnd(idWidth)}  ${what}`;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parse(argv);
    if (args === "help") {
      process.stdout.write(REGISTER_USAGE);
      return 0;
    }
    const file = await readKpiListFile(args.input);
    const rows = kpiListRows(file.grid);
    if (!rows.ok) throw new ListInputError(`${args.input}: ${rows.error}`);
    const built = buildRegister(rows.rows, {
      year: args.year,
      announced: args.announced,
      title: args.title ?? file.title ?? rows.title,
      source:
        args.source ??
        `${basename(args.input)}, read by kpi-tracker register. listStart ${args.announced}: the day the Policy Address announced the list.`,
    });
    if (!built.ok) {
      const more = built.errors.length > 3 ? ` (and ${built.errors.length - 3} more)` : "";
      throw new ListInputError(`${args.input}: ${built.errors.slice(0, 3).join("; ")}${more}`);
    }
    const json = `${JSON.stringify(built.register, null, 2)}\n`;
    try {
      // "wx" fails if the file exists: an earlier register is never overwritten without --force.
      await writeFile(args.out, json, { flag: args.force ? "w" : "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ListInputError(
        code === "EEXIST"
          ? `${args.out} already exists; use --force to overwrite it`
          : `cannot write ${args.out} (${code ?? (error as Error).message})`,
      );
    }
    const width = Math.max(...built.readings.map((reading) => reading.id.length));
    const lines = built.readings.map((reading) => readingLine(reading, width));
    const total = built.readings.length;
    lines.push(
      `${total} KPIs written to ${args.out}; ${built.needsReading} need${built.needsReading === 1 ? "s" : ""} reading`,
    );
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ListInputError || (error instanceof Error && error.name === "ListInputError")) {
      process.stderr.write(`kpi-tracker register: ${error.message.replace(/\s+/g, " ")}\n`);
      return 2;
    }
    process.stderr.write(
      `kpi-tracker register: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
