import * as React from "react";
import { todayIso } from "../core/today";
import { DEFAULT_TOLERANCE } from "../core/vocabulary";
import type { LoadChoice } from "./components/LoadPanel";
import { loadCommand, protectCommand, selectRowCommand, sortCommand, validateCommand } from "./pane-commands";
import {
  failureText,
  initialPaneState,
  paneReducer,
  type MessageArea,
  type PanelCommands,
  type RunCommand,
  type WorkbookCommand,
} from "./pane-state";
import type { KpiRowRef, ProtectionState, WorkbookActions } from "./workbook-actions";

/**
 * The pane's state and what its buttons do. Every workbook action goes through `run`, one at a time, so
 * no button handles busy or failure itself; tests hand in doubles for `actions`.
 */
export function useTrackingWorkbook(actions: WorkbookActions, inExcel: boolean) {
  const [state, dispatch] = React.useReducer(paneReducer, undefined, () => initialPaneState(todayIso()));
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const running = React.useRef(false);

  const refreshProtection = React.useCallback(async () => {
    let protection: ProtectionState | null = null;
    try {
      protection = await actions.readSheetProtection();
    } catch {
      // No sheet to speak of: the switch and Sort wait for a KPI sheet.
    }
    dispatch({ type: "protectionRead", protection });
  }, [actions]);

  const run: RunCommand = React.useCallback(
    async <T>(command: WorkbookCommand<T>): Promise<T | undefined> => {
      // A second click before the buttons are disabled must not start a second batch.
      if (running.current) return undefined;
      running.current = true;
      dispatch({ type: "started", busy: { label: command.busy, area: command.area } });
      let protectionKnown = false;
      try {
        const outcome = await command.perform(actions);
        const success = command.succeeded(outcome);
        protectionKnown = success.protection !== undefined;
        dispatch({ type: "succeeded", success });
        return outcome;
      } catch (error) {
        dispatch({ type: "failed", title: command.failure, text: failureText(error) });
        return undefined;
      } finally {
        running.current = false;
        // Any command may have changed the active sheet or its protection, which the switch and Sort follow.
        if (!protectionKnown) void refreshProtection();
      }
    },
    [actions, refreshProtection],
  );

  React.useEffect(() => {
    if (!inExcel) return;
    actions
      .readTrackingSettings()
      .then((settings) => dispatch({ type: "settingsRead", settings }))
      .catch(() => undefined);
    void refreshProtection();
  }, [actions, inExcel, refreshProtection]);

  // Handlers attach to the tables that exist, so they are attached again after each load.
  React.useEffect(() => {
    if (!inExcel) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    actions
      .startLiveValidation((summary) => dispatch({ type: "liveValidated", summary }))
      .then((stopLive) => {
        if (cancelled) void stopLive();
        else stop = stopLive;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [actions, inExcel, state.tablesLoaded]);

  const load = React.useCallback(
    (choice: LoadChoice) => void run(loadCommand(choice, stateRef.current.asAt)),
    [run],
  );

  const validate = React.useCallback(() => {
    const { asAt, tolerance } = stateRef.current;
    void run(validateCommand(asAt, tolerance ?? DEFAULT_TOLERANCE));
  }, [run]);

  const selectRow = React.useCallback(
    (row: KpiRowRef) => {
      const withHistory = stateRef.current.summary?.history !== undefined;
      if (running.current) return;
      if (withHistory) dispatch({ type: "kpiPicked", kpiId: row.kpiId });
      void run(selectRowCommand(row, withHistory));
    },
    [run],
  );

  /** A KPI picked from the changes list: its row is selected and its history shown. */
  const pickKpi = React.useCallback(
    (kpiId: string) => {
      const summary = stateRef.current.summary;
      if (summary) selectRow({ kpiId, tableName: summary.tableName });
    },
    [selectRow],
  );

  const protect = React.useCallback((on: boolean) => void run(protectCommand(on)), [run]);
  const sort = React.useCallback(() => void run(sortCommand()), [run]);
  const setAsAt = React.useCallback((asAt: string) => dispatch({ type: "asAtChanged", asAt }), []);
  const setTolerance = React.useCallback(
    (tolerance: number) => dispatch({ type: "toleranceChanged", tolerance }),
    [],
  );

  /** The last command's message where the panel in `area` shows it, with what that panel needs to run its own. */
  const commandsIn = (area: MessageArea): PanelCommands => ({
    run,
    busy: state.busy,
    message: state.message?.area === area ? state.message : null,
  });

  return { state, commandsIn, load, validate, selectRow, pickKpi, protect, sort, setAsAt, setTolerance };
}
