import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { buildRegister, type KpiReading } from "../../core/register/build-register";
import { kpiListRows } from "../../core/register/list-layout";
import { isoDateSchema } from "../../core/register/schema";
import { ListInputError, readKpiListFile } from "./register-input";
import { parseCommandOptions } from "../command-options";
import { firstOf } from "../register-file";
import type { CliTranslate } from "../cli-language";
import { cliLanguage, cliTranslator } from "../cli-language";

interface RegisterArgs {
  input: string;
  year: number;
  announced: string;
  out: string;
  title?: string;
  source?: string;
  force: boolean;
}

function parse(argv: string[], t: CliTranslate): RegisterArgs | "help" {
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
    t,
    "register",
  );
  if (values.help) return "help";
  if (positionals.length !== 1) throw new ListInputError(t("cli.register.noFile"));
  if (
    !values.year ||
    !/^\d{4}$/.test(values.year) ||
    Number(values.year) < 2000 ||
    Number(values.year) > 2100
  )
    throw new ListInputError(t("cli.register.year", { value: values.year ?? "" }));
  if (!values.announced || !isoDateSchema.safeParse(values.announced).success)
    throw new ListInputError(t("cli.register.announced", { value: values.announced ?? "" }));
  if (!values.out) throw new ListInputError(t("cli.error.outRequired"));
  if (extname(values.out).toLowerCase() !== ".json")
    throw new ListInputError(t("cli.register.outType", { out: values.out }));
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
export function readingLine(reading: KpiReading, idWidth: number, t: CliTranslate): string {
  const what = reading.needsReading
    ? t("cli.register.needsReading", { reason: reading.needsReading })
    : reading.targets.join("; ");
  return `${reading.id.padEnd(idWidth)}  ${what}`;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const t = cliTranslator(cliLanguage(argv));
    const args = parse(argv, t);
    if (args === "help") {
      process.stdout.write(t("cli.register.usage"));
      return 0;
    }
    const file = await readKpiListFile(args.input, t);
    const rows = kpiListRows(file.grid);
    if (!rows.ok) throw new ListInputError(t("cli.file.problem", { path: args.input, problem: rows.error }));
    const built = buildRegister(rows.rows, {
      year: args.year,
      announced: args.announced,
      title: args.title ?? file.title ?? rows.title,
      source:
        args.source ??
        `${basename(args.input)}, read by kpi-tracker register. listStart ${args.announced}: the day the Policy Address announced the list.`,
    });
    if (!built.ok) {
      const problem = firstOf(built.errors, 3, t);
      throw new ListInputError(t("cli.file.problem", { path: args.input, problem }));
    }
    const json = `${JSON.stringify(built.register, null, 2)}\n`;
    try {
      // "wx" fails if the file exists: an earlier register is never overwritten without --force.
      await writeFile(args.out, json, { flag: args.force ? "w" : "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ListInputError(
        code === "EEXIST"
          ? t("cli.register.exists", { out: args.out })
          : t("cli.register.cannotWrite", { out: args.out, reason: code ?? (error as Error).message }),
      );
    }
    const width = Math.max(...built.readings.map((reading) => reading.id.length));
    const lines = built.readings.map((reading) => readingLine(reading, width, t));
    const written = { total: built.readings.length, out: args.out, count: built.needsReading };
    lines.push(
      built.needsReading === 1 ? t("cli.register.writtenOne", written) : t("cli.register.written", written),
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
