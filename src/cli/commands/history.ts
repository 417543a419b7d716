import { extname } from "node:path";
import { messageIn } from "../../core/language/catalogue-message";
import { changesSinceLastValidation, type ChangesSinceLastValidation } from "../../core/history/changes";
import { HISTORY_SHEET_NAME } from "../../core/history/layout";
import { ProgressFileError, loadXlsx } from "../../export/progress-file";
import { readHistory } from "../../export/tracking-workbook-file";
import { readFormat, type Format } from "../output-format";
import { CliInputError, readInputBytes } from "../progress-input";
import { reportFailure } from "./annex";
import { parseCommandOptions } from "../command-options";
import { displayWidth, padToWidth } from "../display-width";
import type { CliTranslate } from "../cli-language";
import { cliLanguage, cliTranslator } from "../cli-language";

interface HistoryArgs {
  file: string;
  format: Format;
}

function parse(argv: string[], t: CliTranslate): HistoryArgs | "help" {
  const { values, positionals } = parseCommandOptions(
    argv,
    { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    CliInputError,
    t,
    "history",
  );
  if (values.help) return "help";
  if (positionals.length !== 1) throw new CliInputError(t("cli.history.noFile"));
  if (extname(positionals[0]).toLowerCase() !== ".xlsx")
    throw new CliInputError(t("cli.history.notXlsx", { path: positionals[0] }));
  const format = readFormat(values.format, t);
  return { file: positionals[0], format };
}

/** Status moves only: the command answers "what changed status since the last report?". */
export function statusMoves(found: ChangesSinceLastValidation) {
  return {
    previous: found.previous,
    latest: found.latest,
    changes: found.changes
      .filter((change) => change.statusChanged)
      .map((change) => ({
        id: change.id,
        from: change.from?.status ?? null,
        to: change.to.status,
        fromAsAt: found.previous?.asAt ?? null,
        toAsAt: found.latest?.asAt ?? null,
      })),
  };
}

function table(moves: ReturnType<typeof statusMoves>, t: CliTranslate): string {
  if (moves.previous === null || moves.latest === null) return `${t("cli.history.tooFew")}\n`;
  const head = t("cli.history.changes", {
    fromAsAt: moves.previous.asAt,
    fromValidatedAt: moves.previous.validatedAt,
    toAsAt: moves.latest.asAt,
    toValidatedAt: moves.latest.validatedAt,
  });
  if (moves.changes.length === 0) return `${head}\n  ${t("cli.history.none")}\n`;
  const added = t("cli.history.new");
  const idWidth = Math.max(2, ...moves.changes.map((change) => change.id.length));
  const fromWidth = Math.max(4, ...moves.changes.map((change) => displayWidth(change.from ?? added)));
  const lines = moves.changes.map(
    (change) =>
      `  ${change.id.padEnd(idWidth)}  ${padToWidth(change.from ?? added, fromWidth)}  ->  ${change.to}`,
  );
  return `${[head, ...lines].join("\n")}\n`;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const t = cliTranslator(cliLanguage(argv));
    const args = parse(argv, t);
    if (args === "help") {
      process.stdout.write(t("cli.history.usage", { sheet: HISTORY_SHEET_NAME }));
      return 0;
    }
    const bytes = await readInputBytes(args.file, t);
    let history;
    try {
      history = readHistory(await loadXlsx(bytes));
    } catch (error) {
      if (error instanceof ProgressFileError)
        throw new CliInputError(
          t("cli.file.problem", { path: args.file, problem: messageIn(t, error.said) }),
        );
      throw error;
    }
    if (history === null) {
      throw new CliInputError(t("cli.history.noSheet", { path: args.file, sheet: HISTORY_SHEET_NAME }));
    }
    const moves = statusMoves(changesSinceLastValidation(history));
    process.stdout.write(args.format === "json" ? `${JSON.stringify(moves, null, 2)}\n` : table(moves, t));
    return 0;
  } catch (error) {
    return reportFailure("history", error);
  }
}
