import type { HistoryRow } from "../core/history/layout";
import type { LoadChoice } from "./components/LoadPanel";
import type { WorkbookCommand } from "./pane-state";
import { checkRegister, readRegisterFile } from "./register-sources";
import type {
  KpiRowRef,
  LoadOutcome,
  ProtectionState,
  SortOutcome,
  ValidationSummary,
} from "./workbook-actions";

/** The errors of a refused register shown at most, then how many more. */
const ERRORS_SHOWN = 20;

type LoadResult = { refused: string[] } | { loaded: LoadOutcome };

/** Load: the register is checked in the pane first, so a refused one writes nothing. */
export function loadCommand({ source, departments }: LoadChoice, asAt: string): WorkbookCommand<LoadResult> {
  return {
    area: "pane",
    busy: "Loading…",
    failure: "Load failed",
    perform: async (actions) => {
      const checked =
        "file" in source ? await readRegisterFile(source.file) : await checkRegister(await source.load());
      if (!checked.ok) return { refused: checked.errors };
      return { loaded: await actions.loadTrackingTable({ register: checked.register, departments, asAt }) };
    },
    succeeded: (result) => {
      if ("refused" in result) {
        const { refused } = result;
        const more = refused.length > ERRORS_SHOWN ? [`…and ${refused.length - ERRORS_SHOWN} more`] : [];
        return {
          message: {
            intent: "error",
            title: "Register refused",
            text: "The file does not match the register format, so nothing was written. Fix these and try again:",
            items: [...refused.slice(0, ERRORS_SHOWN), ...more],
          },
        };
      }
      const outcome = result.loaded;
      const retired =
        outcome.retired > 0
          ? ` ${outcome.retired} no longer in the register, kept with their entries and marked.`
          : "";
      const renumbered =
        outcome.renumbered.length > 0
          ? ` The register gives ${outcome.renumbered.join(", ")} to different KPIs: the earlier rows are ` +
            "kept with their entries (see Reason); move the entries that still apply."
          : "";
      return {
        message: {
          intent: renumbered ? "warning" : "success",
          title: `Loaded "${outcome.sheetName}"`,
          text: `${outcome.rows} rows: ${outcome.kept} kept with their entries, ${outcome.added} new.${retired}${renumbered}`,
        },
        tablesLoaded: true,
      };
    },
  };
}

export function validateCommand(asAt: string, tolerance: number): WorkbookCommand<ValidationSummary> {
  return {
    area: "pane",
    busy: "Validating…",
    failure: "Validate failed",
    perform: (actions) => actions.validateActiveSheet({ asAt, tolerance }),
    succeeded: (summary) => ({ message: null, summary, picked: null }),
  };
}

/** Goes to a KPI's row; with a history shown, also reads the history for the KPI's own. */
export function selectRowCommand(row: KpiRowRef, withHistory: boolean): WorkbookCommand<HistoryRow[] | null> {
  return {
    area: "pane",
    busy: `Going to ${row.kpiId}…`,
    failure: `Could not select ${row.kpiId}`,
    perform: async (actions) => {
      await actions.selectKpiRow(row);
      return withHistory ? actions.readHistory() : null;
    },
    succeeded: (rows) =>
      rows === null ? { message: null } : { message: null, picked: { kpiId: row.kpiId, rows } },
  };
}

export function protectCommand(on: boolean): WorkbookCommand<ProtectionState> {
  return {
    area: "pane",
    busy: on ? "Protecting…" : "Unprotecting…",
    failure: on ? "Could not protect the sheet" : "Could not unprotect the sheet",
    perform: (actions) => actions.setSheetProtection(on),
    succeeded: (protection) => ({ message: null, protection }),
  };
}

export function sortCommand(): WorkbookCommand<SortOutcome> {
  return {
    area: "pane",
    busy: "Sorting…",
    failure: "Could not sort",
    perform: (actions) => actions.sortTrackingTable(),
    succeeded: (outcome) => ({
      message: {
        intent: "success",
        title: `Sorted "${outcome.sheetName}"`,
        text:
          `${outcome.rows} rows, worst status first, then department, deadline and ID.` +
          (outcome.protectionLifted
            ? " The protection was lifted for the sort and put back, so Excel's Undo list was cleared."
            : ""),
      },
    }),
  };
}
