import { extname } from "node:path";
import { buildAnnex } from "../../core/annex/build";
import { isAnnexLayout, type Annex, type AnnexLayout } from "../../core/annex/model";
import type { KpiResult, ProgressEntry } from "../../core/engine/types";
import { validateTable } from "../../core/engine/validate-progress";
import { DEFAULT_TOLERANCE } from "../../core/vocabulary";
import { isoDateSchema, type Register } from "../../core/register/schema";
import { CliInputError, readProgressFile } from "../progress-input";
import { annexDocx } from "../../export/annex-docx";
import { annexHtml } from "../../export/annex-html";
import { annexXlsx } from "../../export/annex-xlsx";
import { checkOutput, writeOutput, type OutputTarget } from "../output-file";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { parseTolerance } from "../tolerance";
import { warnAboutUnusedRows } from "../unused-rows";
import { parseCommandOptions } from "../command-options";
import type { CliTranslate } from "../cli-language";
import { cliLanguage, cliTranslator } from "../cli-language";
import { untranslatedWarning } from "../untranslated-warning";

/** Input errors exit 2 with one line on stderr; anything else is a bug and keeps its stack (exit 1). */
export function reportFailure(command: string, error: unknown): number {
  if (error instanceof CliInputError || isNamedInputError(error)) {
    process.stderr.write(`kpi-tracker ${command}: ${oneLine((error as Error).message)}\n`);
    return 2;
  }
  process.stderr.write(
    `kpi-tracker ${command}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 1;
}

/** CliInputError may come from a second copy of the module (lazy imports); match it by name too. */
function isNamedInputError(error: unknown): boolean {
  return error instanceof Error && error.name === "CliInputError";
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, "; ");
}

const WRITERS: Record<string, (annex: Annex) => Promise<Uint8Array | string>> = {
  ".docx": annexDocx,
  ".xlsx": annexXlsx,
  ".html": async (annex) => annexHtml(annex),
  ".htm": async (annex) => annexHtml(annex),
};

interface AnnexArgs {
  help?: boolean;
  progressPath?: string;
  registerPath: string;
  asAt?: string;
  out: string;
  layout?: AnnexLayout;
  tolerance?: number;
  force: boolean;
}

function parse(argv: string[], t: CliTranslate): AnnexArgs {
  const { values, positionals } = parseCommandOptions(
    argv,
    {
      register: { type: "string" },
      "as-at": { type: "string" },
      out: { type: "string" },
      layout: { type: "string" },
      tolerance: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    CliInputError,
    t,
    "annex",
  );
  if (values.help) return { help: true } as AnnexArgs;
  if (positionals.length > 1)
    throw new CliInputError(t("cli.annex.tooManyFiles", { count: positionals.length }));
  if (!values.out) throw new CliInputError(t("cli.error.outRequired"));
  if (!(extname(values.out).toLowerCase() in WRITERS)) {
    throw new CliInputError(t("cli.annex.outType", { out: values.out }));
  }
  if (values["as-at"] !== undefined && !isoDateSchema.safeParse(values["as-at"]).success) {
    throw new CliInputError(t("cli.error.asAtFormat", { value: values["as-at"] }));
  }
  if (values.layout !== undefined && !isAnnexLayout(values.layout)) {
    throw new CliInputError(t("cli.annex.layout", { value: values.layout }));
  }
  const tolerance = values.tolerance === undefined ? undefined : parseTolerance(values.tolerance, t);
  return {
    progressPath: positionals[0],
    registerPath: values.register ?? DEFAULT_REGISTER_PATH,
    asAt: values["as-at"],
    out: values.out,
    layout: values.layout as AnnexLayout | undefined,
    tolerance,
    force: values.force === true,
  };
}

function outputTarget(args: AnnexArgs): OutputTarget {
  const inputs = [args.registerPath, ...(args.progressPath ? [args.progressPath] : [])];
  return { path: args.out, force: args.force, inputs };
}

/**
 * Without --layout: a progress report when there is progress to report (a progress file, or the
 * paper's own progress in the register), else a KPI list. The as-at date defaults to the paper's own.
 */
function resolveLayout(
  args: AnnexArgs,
  register: Register,
  t: CliTranslate,
): { layout: AnnexLayout; asAt: string } {
  const layout = args.layout ?? (args.progressPath || register.progressAsAt ? "progress-report" : "kpi-list");
  const asAt = args.asAt ?? register.progressAsAt;
  if (asAt === undefined) {
    if (layout === "progress-report" || args.progressPath) {
      throw new CliInputError(t("cli.annex.asAtRequired"));
    }
    return { layout, asAt: register.listStart };
  }
  return { layout, asAt };
}

export async function run(argv: string[]): Promise<number> {
  try {
    // One --lang: the language of the messages and of the annex.
    const language = cliLanguage(argv);
    const t = cliTranslator(language);
    const args = parse(argv, t);
    if (args.help) {
      process.stdout.write(t("cli.annex.usage", { tolerance: DEFAULT_TOLERANCE }));
      return 0;
    }
    await checkOutput(outputTarget(args), t);
    const register = await readRegisterFile(args.registerPath, t);
    const { layout, asAt } = resolveLayout(args, register, t);
    let entries: ProgressEntry[] = [];
    let results: KpiResult[] = [];
    if (args.progressPath) {
      const file = await readProgressFile(args.progressPath, t);
      warnAboutUnusedRows("annex", args.progressPath, file, register, t);
      entries = file.entries;
      results = validateTable(register, entries, { asAt, tolerance: args.tolerance });
    }
    const annex = buildAnnex({ register, entries, results, asAt, layout, language });
    const warning = untranslatedWarning(annex);
    if (warning) process.stderr.write(`kpi-tracker annex: ${warning}\n`);
    const output = await WRITERS[extname(args.out).toLowerCase()](annex);
    await writeOutput(outputTarget(args), output, t);
    const kpis = annex.areas.reduce(
      (sum, area) => sum + area.measures.reduce((n, m) => n + m.rows.length, 0),
      0,
    );
    const wrote = { out: args.out, layout, count: kpis, asAt };
    process.stdout.write(
      `${layout === "progress-report" ? t("cli.annex.wroteReport", wrote) : t("cli.annex.wroteList", wrote)}\n`,
    );
    return 0;
  } catch (error) {
    return reportFailure("annex", error);
  }
}
