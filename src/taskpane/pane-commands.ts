import type { HistoryRow } from "../core/history/layout";
import type { LoadChoice } from "./components/LoadPanel";
import type { PaneWords, WorkbookCommand } from "./pane-state";
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

type LoadResult = { refused: readonly PaneWords[] } | { loaded: LoadOutcome };

/** Load: the register is checked in the pane first, so a refused one writes nothing. */
export function loadCommand({ source, departments }: LoadChoice, asAt: string): WorkbookCommand<LoadResult> {
  return {
    area: "pane",
    busy: { key: "pane.load.busy" },
    failure: { key: "pane.load.failed" },
    perform: async (actions) => {
      const checked =
        "file" in source ? await readRegisterFile(source.file) : await checkRegister(await source.load());
      if (!checked.ok) return { refused: checked.errors };
      return { loaded: await actions.loadTrackingTable({ register: checked.register, departments, asAt }) };
    },
    succeeded: (result) => {
      if ("refused" in result) {
        const { refused } = result;
        const more: PaneWords[] =
          refused.length > ERRORS_SHOWN
            ? [{ key: "pane.load.refusedMore", params: { count: refused.length - ERRORS_SHOWN } }]
            : [];
        return {
          message: {
            intent: "error",
            title: { key: "pane.load.refusedTitle" },
            text: { key: "pane.load.refusedText" },
            items: [...refused.slice(0, ERRORS_SHOWN), ...more],
          },
        };
      }
      const { sheetName, rows, kept, added, retired, renumbered } = result.loaded;
      const text: PaneWords[] = [{ key: "pane.load.loadedText", params: { rows, kept, added } }];
      if (retired > 0) text.push({ key: "pane.load.retired", params: { retired } });
      if (renumbered.length > 0)
        text.push({ key: "pane.load.renumbered", params: { ids: renumbered.join(", ") } });
      return {
        message: {
          intent: renumbered.length > 0 ? "warning" : "success",
          title: { key: "pane.load.loadedTitle", params: { sheet: sheetName } },
          text,
        },
        tablesLoaded: true,
      };
    },
  };
}

export function validateCommand(asAt: string, tolerance: number): WorkbookCommand<ValidationSummary> {
  return {
    area: "pane",
    busy: { key: "pane.validate.busy" },
    failure: { key: "pane.validate.failed" },
    perform: (actions) => actions.validateActiveSheet({ asAt, tolerance }),
    succeeded: (summary) => ({ message: null, summary, picked: null }),
  };
}

/** Goes to a KPI's row; with a history shown, also reads the history for the KPI's own. */
export function selectRowCommand(row: KpiRowRef, withHistory: boolean): WorkbookCommand<HistoryRow[] | null> {
  return {
    area: "pane",
    busy: { key: "pane.select.busy", params: { kpi: row.kpiId } },
    failure: { key: "pane.select.failed", params: { kpi: row.kpiId } },
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
    busy: { key: on ? "pane.protect.busyOn" : "pane.protect.busyOff" },
    failure: { key: on ? "pane.protect.failedOn" : "pane.protect.failedOff" },
    perform: (actions) => actions.setSheetProtection(on),
    succeeded: (protection) => ({ message: null, protection }),
  };
}

export function sortCommand(): WorkbookCommand<SortOutcome> {
  return {
    area: "pane",
    busy: { key: "pane.sort.busy" },
    failure: { key: "pane.sort.failed" },
    perform: (actions) => actions.sortTrackingTable(),
    succeeded: (outcome) => ({
      message: {
        intent: "success",
        title: { key: "pane.sort.doneTitle", params: { sheet: outcome.sheetName } },
        text: {
          key: outcome.protectionLifted ? "pane.sort.doneLifted" : "pane.sort.doneText",
          params: { rows: outcome.rows },
        },
      },
    }),
  };
}
