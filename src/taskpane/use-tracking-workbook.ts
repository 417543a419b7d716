import * as React from "react";
import type { MessageBarIntent } from "@fluentui/react-components";
import { describeFailure } from "../excel/office-errors";
import { DEFAULT_TOLERANCE } from "../core/vocabulary";
import {
  type KpiRowRef,
  type ProtectionState,
  type TrackingActions,
  type ValidationSummary,
  todayIso,
} from "../excel/tracking-actions";
import type { HistoryRow } from "../core/history/layout";
import type { LoadChoice } from "./components/LoadPanel";
import { checkRegister, readRegisterFile } from "./register-sources";

export interface PaneMessage {
  intent: MessageBarIntent;
  title: string;
  text: string;
  items?: string[];
}

export interface PaneState {
  asAt: string;
  tolerance: number | undefined;
  /** What the pane is doing, in words, or null when idle. */
  busy: string | null;
  message: PaneMessage | null;
  summary: ValidationSummary | null;
  protection: ProtectionState | null;
  /** The KPI whose history the pane shows, with every history row (null while they are read). */
  picked: { kpiId: string; rows: HistoryRow[] | null } | null;
}

/**
 * The pane's state and what its buttons do. All workbook access goes through `actions`, so components
 * stay free of Excel and tests can hand in doubles.
 */
export function useTrackingWorkbook(actions: TrackingActions, inExcel: boolean) {
  const [state, setState] = React.useState<PaneState>({
    asAt: todayIso(),
    tolerance: undefined,
    busy: null,
    message: null,
    summary: null,
    protection: null,
    picked: null,
  });
  const patch = React.useCallback((change: Partial<PaneState>) => setState((s) => ({ ...s, ...change })), []);
  const stateRef = React.useRef(state);
  stateRef.current = state;

  const fail = React.useCallback(
    (title: string, error: unknown) =>
      patch({ busy: null, message: { intent: "error", title, text: describeFailure(error) } }),
    [patch],
  );

  const refreshProtection = React.useCallback(async () => {
    try {
      patch({ protection: await actions.readSheetProtection() });
    } catch {
      patch({ protection: null });
    }
  }, [actions, patch]);

  React.useEffect(() => {
    if (!inExcel) return;
    actions
      .readTrackingSettings()
      .then((settings) =>
        patch({ ...(settings.asAt ? { asAt: settings.asAt } : {}), tolerance: settings.tolerance }),
      )
      .catch(() => undefined);
    void refreshProtection();
  }, [actions, inExcel, patch, refreshProtection]);

  // Handlers attach to the tables that exist, so they are attached again after each load.
  const [tablesVersion, setTablesVersion] = React.useState(0);
  React.useEffect(() => {
    if (!inExcel) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    actions
      // A live re-check writes nothing to the history: the last Validate's history and changes stay shown.
      .startLiveValidation((summary) =>
        setState((s) => ({
          ...s,
          summary: s.summary?.history ? { ...summary, history: s.summary.history } : summary,
        })),
      )
      .then((stopLive) => {
        if (cancelled) void stopLive();
        else stop = stopLive;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [actions, inExcel, patch, tablesVersion]);

  const load = React.useCallback(
    async ({ source, departments }: LoadChoice) => {
      patch({ busy: "Loading…", message: null });
      try {
        const checked =
          "file" in source ? await readRegisterFile(source.file) : await checkRegister(await source.load());
        if (!checked.ok) {
          patch({
            busy: null,
            message: {
              intent: "error",
              title: "Register refused",
              text: "The file does not match the register format, so nothing was written. Fix these and try again:",
              items: checked.errors
                .slice(0, 20)
                .concat(checked.errors.length > 20 ? [`…and ${checked.errors.length - 20} more`] : []),
            },
          });
          return;
        }
        const outcome = await actions.loadTrackingTable({
          register: checked.register,
          departments,
          asAt: stateRef.current.asAt,
        });
        const retired =
          outcome.retired > 0
            ? ` ${outcome.retired} no longer in the register, kept with their entries and marked.`
            : "";
        const renumbered =
          outcome.renumbered.length > 0
            ? ` The register gives ${outcome.renumbered.join(", ")} to different KPIs: the earlier rows are ` +
              "kept with their entries (see Reason); move the entries that still apply."
            : "";
        patch({
          busy: null,
          message: {
            intent: renumbered ? "warning" : "success",
            title: `Loaded "${outcome.sheetName}"`,
            text: `${outcome.rows} rows: ${outcome.kept} kept with their entries, ${outcome.added} new.${retired}${renumbered}`,
          },
        });
        setTablesVersion((v) => v + 1);
        void refreshProtection();
      } catch (error) {
        fail("Load failed", error);
      }
    },
    [actions, fail, patch, refreshProtection],
  );

  const validate = React.useCallback(async () => {
    const { asAt, tolerance } = stateRef.current;
    patch({ busy: "Validating…", message: null });
    try {
      const summary = await actions.validateActiveSheet({ asAt, tolerance: tolerance ?? DEFAULT_TOLERANCE });
      patch({ busy: null, summary, picked: null });
      void refreshProtection();
    } catch (error) {
      fail("Validate failed", error);
      void refreshProtection();
    }
  }, [actions, fail, patch, refreshProtection]);

  const selectRow = React.useCallback(
    async (row: KpiRowRef) => {
      const showHistory = stateRef.current.summary?.history !== undefined;
      if (showHistory) patch({ picked: { kpiId: row.kpiId, rows: null } });
      try {
        await actions.selectKpiRow(row);
        if (showHistory) patch({ picked: { kpiId: row.kpiId, rows: await actions.readHistory() } });
      } catch (error) {
        fail(`Could not select ${row.kpiId}`, error);
      }
    },
    [actions, fail, patch],
  );

  /** A KPI picked from the changes list: its row is selected and its history shown. */
  const pickKpi = React.useCallback(
    (kpiId: string) => {
      const summary = stateRef.current.summary;
      if (summary) void selectRow({ kpiId, tableName: summary.tableName });
    },
    [selectRow],
  );

  const protect = React.useCallback(
    async (on: boolean) => {
      patch({ busy: on ? "Protecting…" : "Unprotecting…", message: null });
      try {
        patch({ busy: null, protection: await actions.setSheetProtection(on) });
      } catch (error) {
        fail(on ? "Could not protect the sheet" : "Could not unprotect the sheet", error);
        void refreshProtection();
      }
    },
    [actions, fail, patch, refreshProtection],
  );

  const sort = React.useCallback(async () => {
    patch({ busy: "Sorting…", message: null });
    try {
      const outcome = await actions.sortTrackingTable();
      const protection = outcome.protectionLifted
        ? " The protection was lifted for the sort and put back, so Excel's Undo list was cleared."
        : "";
      patch({
        busy: null,
        message: {
          intent: "success",
          title: `Sorted "${outcome.sheetName}"`,
          text: `${outcome.rows} rows, worst status first, then department, deadline and ID.${protection}`,
        },
      });
    } catch (error) {
      fail("Could not sort", error);
    }
    void refreshProtection();
  }, [actions, fail, patch, refreshProtection]);

  const setAsAt = React.useCallback((asAt: string) => patch({ asAt }), [patch]);
  const setTolerance = React.useCallback((tolerance: number) => patch({ tolerance }), [patch]);

  return { state, load, validate, selectRow, pickKpi, protect, sort, setAsAt, setTolerance };
}
