import * as React from "react";
import { DEFAULT_TOLERANCE } from "../../core/vocabulary";
import { AnnexPanel } from "../components/AnnexPanel";
import { StepNote } from "./StepNote";
import type { StepProps } from "./step-props";

/** Annex: the paper's annex table, as a sheet or a Word file. */
export function AnnexStep({ workbook, inExcel, platform, hasTable }: StepProps): React.JSX.Element {
  if (hasTable === false) return <StepNote say="pane.empty.noTable" />;
  const { state } = workbook;
  return (
    <AnnexPanel
      {...workbook.commandsIn("annex")}
      asAt={state.asAt}
      tolerance={state.tolerance ?? DEFAULT_TOLERANCE}
      platform={platform}
      disabled={!inExcel}
    />
  );
}
