import { parseArgs } from "node:util";

/** Every command module exports `run`; the exit code it returns is the process's. */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

interface Command {
  summary: string;
  load: () => Promise<CommandModule>;
}

/**
 * Commands load lazily so `--help` and one command never pay for the others' dependencies. They are
 * required, not import()ed: bin.cjs registers tsx for CommonJS, and import() would bypass it.
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    summary: "check progress entries (CSV or xlsx) against the register as at a date",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/validate") as CommandModule,
  },
  annex: {
    summary: "write the progress annex from a register and progress entries",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/annex") as CommandModule,
  },
  register: {
    summary: "turn a KPI list (CSV, xlsx or Word annex) into a register, reading targets and deadlines",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/register") as CommandModule,
  },
  workbook: {
    summary: "write the tracking workbook (xlsx) for a register",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/workbook") as CommandModule,
  },
  consolidate: {
    summary: "merge department returns (xlsx or CSV) into one tracking workbook",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/consolidate") as CommandModule,
  },
  history: {
    summary: "list the KPIs whose status changed between a workbook's last two validations",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/history") as CommandModule,
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return [
    "Usage: kpi-tracker <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `kpi-tracker <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const first = parsed.tokens.find((token) => token.kind === "positional" || token.kind === "option");
  if (first === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (first.kind === "option") {
    if (first.name === "help") {
      process.stdout.write(usage());
      return 0;
    }
    return fail(`unknown flag ${first.rawName}; run kpi-tracker --help`);
  }
  const name = first.value;
  if (name === "help") {
    process.stdout.write(usage());
    return 0;
  }
  // Own keys only: "toString" or "__proto__" must not find Object.prototype's members.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`kpi-tracker: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const rest = argv.slice(first.index + 1);
  let module: CommandModule;
  try {
    module = await command.load();
  } catch (error) {
    return fail(
      `the ${name} command could not be loaded (${error instanceof Error ? error.message.split("\n")[0] : error})`,
    );
  }
  return module.run(rest);
}

function fail(message: string): number {
  process.stderr.write(`kpi-tracker: ${message}\n`);
  return 2;
}
