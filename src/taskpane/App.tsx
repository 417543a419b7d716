import * as React from "react";
import {
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_TOLERANCE } from "../core/vocabulary";
import { AnnexPanel } from "./components/AnnexPanel";
import { LoadPanel } from "./components/LoadPanel";
import { PanelMessage } from "./components/PanelMessage";
import { ProtectSwitch } from "./components/ProtectSwitch";
import { ResultsPanel } from "./components/ResultsPanel";
import { SortTableButton } from "./components/SortTableButton";
import { SelfCheckPanel } from "./components/SelfCheckPanel";
import { StatusLegend } from "./components/StatusLegend";
import { ValidatePanel } from "./components/ValidatePanel";
import { SEED_REGISTERS, type RegisterSource } from "./register-sources";
import type { Register } from "../core/register/schema";
import { useTrackingWorkbook } from "./use-tracking-workbook";
import type { WorkbookActions } from "./workbook-actions";

// Loaded after the first paint: the first bundle stays small.
const KpiListPanel = React.lazy(() =>
  import(/* webpackChunkName: "kpi-list-panel" */ "./components/KpiListPanel").then((m) => ({
    default: m.KpiListPanel,
  })),
);

const ReturnsPanel = React.lazy(() =>
  import(/* webpackChunkName: "returns-panel" */ "./returns/ReturnsPanel").then((m) => ({
    default: m.ReturnsPanel,
  })),
);

const HistoryPanel = React.lazy(() =>
  import(/* webpackChunkName: "history-panel" */ "./history/HistoryPanel").then((m) => ({
    default: m.HistoryPanel,
  })),
);

/** A register kept in this workbook, offered by Load like a built-in one. */
function workbookSource(register: Register, fromList: boolean): RegisterSource {
  return {
    id: `workbook-${register.year}`,
    label: `KPIs ${register.year} (${fromList ? "from your KPI list, " : ""}kept in this workbook)`,
    load: () => Promise.resolve(register),
  };
}

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "0",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  // No flex gap here: the live region is empty most of the time and must not leave a hole.
  top: { display: "flex", flexDirection: "column" },
  message: { marginTop: tokens.spacingVerticalM },
});

export interface AppProps {
  inExcel: boolean;
  /** `Office.context.platform` as Office.onReady reports it ("Mac", "PC", "OfficeOnline"…). */
  platform?: string | null;
  actions: WorkbookActions;
  sources?: readonly RegisterSource[];
}

export function App({
  inExcel,
  platform = null,
  actions,
  sources = SEED_REGISTERS,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const workbook = useTrackingWorkbook(actions, inExcel);
  const { state, commandsIn } = workbook;
  const busy = state.busy !== null;
  const [built, setBuilt] = React.useState<readonly RegisterSource[]>([]);
  const onSaved = React.useCallback(
    (register: Register) =>
      setBuilt((current) => [
        workbookSource(register, true),
        ...current.filter((source) => source.id !== `workbook-${register.year}`),
      ]),
    [],
  );
  // A register saved from a KPI list lives in the workbook's settings: a reopened pane offers it again.
  React.useEffect(() => {
    if (!inExcel) return;
    let current = true;
    actions
      .readWorkbookRegisters()
      .then((registers) => {
        if (!current || registers.length === 0) return;
        setBuilt((shown) => [
          ...shown,
          ...registers
            .filter((register) => !shown.some((source) => source.id === `workbook-${register.year}`))
            .map((register) => workbookSource(register, false)),
        ]);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [actions, inExcel]);

  return (
    <main className={styles.app}>
      <div className={styles.top}>
        <header className={styles.header}>
          <Title2 as="h1">KPI Tracker</Title2>
          {state.busy && <Spinner size="tiny" label={state.busy.label} labelPosition="before" />}
        </header>
        {!inExcel && (
          <MessageBar className={styles.message} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Open this in Excel</MessageBarTitle>
              KPI Tracker is an Excel add-in. Open it from the Home tab in Excel to load and validate KPIs.
            </MessageBarBody>
          </MessageBar>
        )}
        <PanelMessage className={styles.message} message={commandsIn("pane").message} />
      </div>
      <ValidatePanel
        asAt={state.asAt}
        tolerance={state.tolerance ?? DEFAULT_TOLERANCE}
        disabled={!inExcel}
        busy={busy}
        onAsAtChange={workbook.setAsAt}
        onToleranceChange={workbook.setTolerance}
        onValidate={workbook.validate}
      />
      {state.summary && <ResultsPanel summary={state.summary} busy={busy} onSelect={workbook.selectRow} />}
      {state.summary?.history && (
        <React.Suspense fallback={null}>
          <HistoryPanel
            history={state.summary.history}
            picked={state.picked}
            busy={busy}
            onPick={workbook.pickKpi}
          />
        </React.Suspense>
      )}
      <StatusLegend counts={state.summary?.byStatus} />
      <Divider />
      <LoadPanel sources={[...built, ...sources]} disabled={!inExcel} busy={busy} onLoad={workbook.load} />
      <ProtectSwitch state={state.protection} busy={busy} onChange={workbook.protect} />
      <SortTableButton state={state.protection} busy={busy} onSort={workbook.sort} />
      <Divider />
      <React.Suspense fallback={null}>
        <ReturnsPanel
          {...commandsIn("returns")}
          sources={[...built, ...sources]}
          asAt={state.asAt}
          platform={platform}
          disabled={!inExcel}
        />
      </React.Suspense>
      <Divider />
      <AnnexPanel
        {...commandsIn("annex")}
        asAt={state.asAt}
        tolerance={state.tolerance ?? DEFAULT_TOLERANCE}
        platform={platform}
        disabled={!inExcel}
      />
      <Divider />
      <React.Suspense fallback={null}>
        <KpiListPanel {...commandsIn("kpi-list")} onSaved={onSaved} platform={platform} disabled={!inExcel} />
      </React.Suspense>
      <Divider />
      <SelfCheckPanel {...commandsIn("self-check")} disabled={!inExcel} />
    </main>
  );
}
