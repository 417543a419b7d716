import * as React from "react";
import { Divider } from "@fluentui/react-components";
import { KpiListPanel } from "../components/KpiListPanel";
import { LoadPanel } from "../components/LoadPanel";
import type { StepProps } from "./step-props";

/** Register: load a register (built in, kept in the workbook, or imported), or make one from a KPI list. */
export function RegisterStep({
  workbook,
  inExcel,
  platform,
  sources,
  onSaved,
}: StepProps): React.JSX.Element {
  const { state, commandsIn, load } = workbook;
  return (
    <>
      <LoadPanel sources={sources} disabled={!inExcel} busy={state.busy !== null} onLoad={load} />
      <Divider />
      <KpiListPanel {...commandsIn("kpi-list")} onSaved={onSaved} platform={platform} disabled={!inExcel} />
    </>
  );
}
