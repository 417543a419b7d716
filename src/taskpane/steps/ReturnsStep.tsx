import * as React from "react";
import { ReturnsPanel } from "../returns/ReturnsPanel";
import { StepNote } from "./StepNote";
import type { StepProps } from "./step-props";

/** Returns: out to each department, and the filled ones back into the tracking table. */
export function ReturnsStep({
  workbook,
  inExcel,
  platform,
  sources,
  hasTable,
}: StepProps): React.JSX.Element {
  return (
    <>
      {hasTable === false && <StepNote say="pane.empty.noTable" />}
      <ReturnsPanel
        {...workbook.commandsIn("returns")}
        sources={sources}
        asAt={workbook.state.asAt}
        platform={platform}
        disabled={!inExcel}
      />
    </>
  );
}
