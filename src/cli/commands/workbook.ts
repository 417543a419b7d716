import { extname } from "node:path";
import { departmentSchema, isoDateSchema } from "../../core/register/schema";
import { DEPARTMENTS, type Department } from "../../core/vocabulary";
import { trackingSheetName } from "../../core/tracking/sheet-layout";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { NoKpisError, trackerXlsx } from "../../export/tracker-workbook";
import { writeOutput, checkOutput, type OutputTarget } from "../output-file";
import { CliInputError } from "../progress-input";
import { reportFailure } from "./annex";
import { parseCommandOptions } from "../command-options";
import type { CliTranslate } from "../cli-language";
import { cliLanguage, cliTranslator } from "../cli-language";

interface WorkbookArgs {
  help?: boolean;
  registerPath: string;
  departments: Department[];
  asAt?: string;
  out: string;
  force: boolean;
}

function parse(argv: string[], t: CliTranslate): WorkbookArgs {
  const { values, positionals } = parseCommandOptions(
    argv,
    {
      register: { type: "string" },
      department: { type: "string", multiple: true },
      "as-at": { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    CliInputError,
    t,
    "workbook",
  );
  if (values.help) return { help: true } as WorkbookArgs;
  if (positionals.length > 0)
    throw new CliInputError(t("cli.workbook.unexpected", { argument: positionals[0] }));
  if (!values.out) throw new CliInputError(t("cli.error.outRequired"));
  if (extname(values.out).toLowerCase() !== ".xlsx")
    throw new CliInputError(t("cli.error.outXlsx", { out: values.out }));
  if (values["as-at"] !== undefined && !isoDateSchema.safeParse(values["as-at"]).success) {
    throw new CliInputError(t("cli.error.asAtFormat", { value: values["as-at"] }));
  }
  // "--department FSD --department ImmD" or "--department FSD,ImmD".
  const departments = (values.department ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim());
  for (const department of departments) {
    if (!departmentSchema.safeParse(department).success) {
      throw new CliInputError(
        t("cli.workbook.unknownDepartment", { department, departments: DEPARTMENTS.join(", ") }),
      );
    }
  }
  return {
    registerPath: values.register ?? DEFAULT_REGISTER_PATH,
    departments: departments as Department[],
    asAt: values["as-at"],
    out: values.out,
    force: values.force === true,
  };
}

function outputTarget(args: WorkbookArgs): OutputTarget {
  return { path: args.out, force: args.force, inputs: [args.registerPath] };
}

export async function run(argv: string[]): Promise<number> {
  try {
    const t = cliTranslator(cliLanguage(argv));
    const args = parse(argv, t);
    if (args.help) {
      process.stdout.write(t("cli.workbook.usage"));
      return 0;
    }
    await checkOutput(outputTarget(args), t);
    const register = await readRegisterFile(args.registerPath, t);
    let bytes: Uint8Array;
    try {
      bytes = await trackerXlsx(register, { departments: args.departments, asAt: args.asAt });
    } catch (error) {
      if (error instanceof NoKpisError) throw new CliInputError(error.message);
      throw error;
    }
    await writeOutput(outputTarget(args), bytes, t);
    process.stdout.write(
      `${t("cli.workbook.wrote", { out: args.out, sheet: trackingSheetName(register.year) })}\n`,
    );
    return 0;
  } catch (error) {
    return reportFailure("workbook", error);
  }
}
