import { extname } from "node:path";
import { parseArgs } from "node:util";
import { departmentSchema, isoDateSchema } from "../../core/register/schema";
import { DEPARTMENTS, type Department } from "../../core/vocabulary";
import { trackingSheetName } from "../../core/tracking/sheet-layout";
import { DEFAULT_REGISTER_PATH, readRegisterFile } from "../register-file";
import { NoKpisError, trackerXlsx } from "../../export/tracker-workbook";
import { writeOutput, checkOutput, type OutputTarget } from "../output-file";
import { CliInputError } from "../progress-input";
import { reportFailure } from "./annex";

export const WORKBOOK_USAGE = `Usage: kpi-tracker workbook --out tracker.xlsx [options]

Writes the tracking workbook the add-in builds, ready to send to a department and to read back
with \`kpi-tracker validate\`.

Options:
  --out FILE           the .xlsx to write (required)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --department D       only KPIs naming this department; repeat or separate with commas
  --as-at YYYY-MM-DD   fills the As at cell (default: blank)
  --force              replace --out if it exists (never the register file)
  -h, --help           show this help

Exit status: 0 when the workbook was written, 2 on unreadable input or a bad option.
`;

interface WorkbookArgs {
  help?: boolean;
  registerPath: string;
  departments: Department[];
  asAt?: string;
  out: string;
  force: boolean;
}

function parse(argv: string[]): WorkbookArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        register: { type: "string" },
        department: { type: "string", multiple: true },
        "as-at": { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new CliInputError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true } as WorkbookArgs;
  if (!values.out) throw new CliInputError("--out is required");
  if (extname(values.out).toLowerCase() !== ".xlsx")
    throw new CliInputError(`--out must end in .xlsx, got "${values.out}"`);
  if (values["as-at"] !== undefined && !isoDateSchema.safeParse(values["as-at"]).success) {
    throw new CliInputError(`--as-at must be a date as YYYY-MM-DD, got "${values["as-at"]}"`);
  }
  // "--department FSD --department ImmD" or "--department FSD,ImmD".
  const departments = (values.department ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim());
  for (const department of departments) {
    if (!departmentSchema.safeParse(department).success) {
      throw new CliInputError(
        `unknown department "${department}"; expected one of ${DEPARTMENTS.join(", ")}`,
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
    const args = parse(argv);
    if (args.help) {
      process.stdout.write(WORKBOOK_USAGE);
      return 0;
    }
    await checkOutput(outputTarget(args));
    const register = await readRegisterFile(args.registerPath);
    let bytes: Uint8Array;
    try {
      bytes = await trackerXlsx(register, { departments: args.departments, asAt: args.asAt });
    } catch (error) {
      if (error instanceof NoKpisError) throw new CliInputError(error.message);
      throw error;
    }
    await writeOutput(outputTarget(args), bytes);
    process.stdout.write(`Wrote ${args.out}: sheet "${trackingSheetName(register.year)}"\n`);
    return 0;
  } catch (error) {
    return reportFailure("workbook", error);
  }
}
