import { parseArgs } from "node:util";
import type { CliMessageKey } from "../core/language/catalogue/cli";
import type { CliTranslate } from "./cli-language";
import { LANGUAGE_OPTION, cliLanguage, cliTranslator, environmentLanguage } from "./cli-language";

/** Every command module exports `run`; the exit code it returns is the process's. */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

interface Command {
  summary: CliMessageKey;
  load: () => Promise<CommandModule>;
}

/**
 * Commands load lazily so `--help` and one command never pay for the others' dependencies. They are
 * required, not import()ed: bin.cjs registers tsx for CommonJS, and import() would bypass it.
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    summary: "cli.summary.validate",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/validate") as CommandModule,
  },
  annex: {
    summary: "cli.summary.annex",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/annex") as CommandModule,
  },
  register: {
    summary: "cli.summary.register",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/register") as CommandModule,
  },
  workbook: {
    summary: "cli.summary.workbook",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/workbook") as CommandModule,
  },
  consolidate: {
    summary: "cli.summary.consolidate",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/consolidate") as CommandModule,
  },
  history: {
    summary: "cli.summary.history",
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: async () => require("./commands/history") as CommandModule,
  },
};

export function usage(t: CliTranslate): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${t(command.summary)}`,
  );
  return t("cli.usage", { commands: lines.join("\n") });
}

export async function main(argv: string[]): Promise<number> {
  let t = cliTranslator(environmentLanguage(process.env));
  let parsed;
  try {
    t = cliTranslator(cliLanguage(argv));
    parsed = parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" }, ...LANGUAGE_OPTION },
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  // --lang may come before the command ("kpi-tracker --lang zh-HK validate ..."); the command reads it too.
  const first = parsed.tokens.find(
    (token): token is Extract<typeof token, { kind: "positional" | "option" }> =>
      token.kind === "positional" || (token.kind === "option" && token.name !== "lang"),
  );
  if (first === undefined) {
    process.stderr.write(usage(t));
    return 2;
  }
  if (first.kind === "option") {
    if (first.name === "help") {
      process.stdout.write(usage(t));
      return 0;
    }
    return fail(t("cli.error.unknownFlag", { flag: first.rawName }));
  }
  const name = first.value;
  if (name === "help") {
    process.stdout.write(usage(t));
    return 0;
  }
  // Own keys only: "toString" or "__proto__" must not find Object.prototype's members.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`kpi-tracker: ${t("cli.error.unknownCommand", { name })}\n\n${usage(t)}`);
    return 2;
  }
  const rest = [...argv.slice(0, first.index), ...argv.slice(first.index + 1)];
  let module: CommandModule;
  try {
    module = await command.load();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return fail(t("cli.error.notLoaded", { name, reason }));
  }
  return module.run(rest);
}

function fail(message: string): number {
  process.stderr.write(`kpi-tracker: ${message}\n`);
  return 2;
}
