import * as React from "react";
import { Divider } from "@fluentui/react-components";
import { DEFAULT_TOLERANCE } from "../../core/vocabulary";
import { ProtectSwitch } from "../components/ProtectSwitch";
import { ResultsPanel } from "../components/ResultsPanel";
import { SortTableButton } from "../components/SortTableButton";
import { StatusLegend } from "../components/StatusLegend";
import { ValidatePanel } from "../components/ValidatePanel";
import { StepNote } from "./StepNote";
import type { StepProps } from "./step-props";

const HistoryPanel = React.lazy(() =>
  import(/* webpackChunkName: "history-panel" */ "../history/HistoryPanel").then((m) => ({
    default: m.HistoryPanel,
  })),
);

/** Progress: validate as at a date, the flagged rows, changes since the last validation, protect and sort. */
export function ProgressStep({ workbook, inExcel, hasTable }: StepProps): React.JSX.Element {
  const { state } = workbook;
  const busy = state.busy !== null;
  if (hasTable === false) return <StepNote say="pane.empty.noTable" />;
  return (
    <>
      <ValidatePanel
        asAt={state.asAt}
        tolerance={state.tolerance ?? DEFAULT_TOLERANCE}
        disabled={!inExcel}
        busy={busy}
        onAsAtChange={workbook.setAsAt}
        onToleranceChange={workbook.setTolerance}
        onValidate={workbook.validate}
      />
      {state.summary ? (
        <ResultsPanel summary={state.summary} busy={busy} onSelect={workbook.selectRow} />
      ) : (
        <StepNote say="pane.empty.progress" />
      )}
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
      <ProtectSwitch state={state.protection} busy={busy} onChange={workbook.protect} />
      <SortTableButton state={state.protection} busy={busy} onSort={workbook.sort} />
    </>
  );
}
