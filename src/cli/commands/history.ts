import { extname } from "node:path";
import { changesSinceLastValidation, type ChangesSinceLastValidation } from "../../core/history/changes";
import { HISTORY_SHEET_NAME } from "../../core/history/layout";
import { ProgressFileError, loadXlsx } from "../../export/progress-file";
import { readHistory } from "../../export/tracking-workbook-file";
import { readFormat, type Format } from "../output-format";
import { CliInputError, readInputBytes } from "../progress-input";
import { reportFailure } from "./annex";
import { parseCommandOptions } from "../command-options";

export const HISTORY_USAGE = `Usage: kpi-tracker history tracker.xlsx [--format table|json]

Lists the KPIs whose status changed between the workbook's last two validations (its "${HISTORY_SHEET_NAME}"
sheet, which validate --write and the add-in's Validate append to), worst status first, with the status
before and after and both as-at dates.

Options:
  --format table|json  output format (default: table)
  -h, --help           show this help

Exit status: 0 when the history was read (even with fewer than two validations), 2 on unreadable input
or a bad option.
`;

interface HistoryArgs {
  file: string;
  format: Format;
}

function parse(argv: string[]): HistoryArgs | "help" {
  const { values, positionals } = parseCommandOptions(
    argv,
    { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    CliInputError,
  );
  if (values.help) return "help";
  if (positionals.length !== 1) throw new CliInputError("give one tracking workbook (.xlsx)");
  if (extname(positionals[0]).toLowerCase() !== ".xlsx")
    throw new CliInputError(`${positionals[0]}: expected a tracking workbook (.xlsx)`);
  const format = readFormat(values.format);
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

function table(moves: ReturnType<typeof statusMoves>): string {
  if (moves.previous === null || moves.latest === null) {
    return `Fewer than two validations in the history: nothing to compare yet.\n`;
  }
  const head = `Status changes from ${moves.previous.asAt} (validated ${moves.previous.validatedAt}) to ${moves.latest.asAt} (validated ${moves.latest.validatedAt}):`;
  if (moves.changes.length === 0) return `${head}\n  none\n`;
  const idWidth = Math.max(2, ...moves.changes.map((change) => change.id.length));
  const fromWidth = Math.max(4, ...moves.changes.map((change) => (change.from ?? "(new)").length));
  const lines = moves.changes.map(
    (change) =>
      `  ${change.id.padEnd(idWidth)}  ${(change.from ?? "(new)").padEnd(fromWidth)}  ->  ${change.to}`,
  );
  return `${[head, ...lines].join("\n")}\n`;
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parse(argv);
    if (args === "help") {
      process.stdout.write(HISTORY_USAGE);
      return 0;
    }
    const bytes = await readInputBytes(args.file);
    let history;
    try {
      history = readHistory(await loadXlsx(bytes));
    } catch (error) {
      if (error instanceof ProgressFileError) throw new CliInputError(`${args.file}: ${error.message}`);
      throw error;
    }
    if (history === null) {
      throw new CliInputError(
        `${args.file}: no "${HISTORY_SHEET_NAME}" sheet; validate with --write (or Validate in Excel) first`,
      );
    }
    const moves = statusMoves(changesSinceLastValidation(history));
    process.stdout.write(args.format === "json" ? `${JSON.stringify(moves, null, 2)}\n` : table(moves));
    return 0;
  } catch (error) {
    return reportFailure("history", error);
  }
}
