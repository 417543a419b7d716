import * as React from "react";
import { SelfCheckPanel } from "../components/SelfCheckPanel";
import type { StepProps } from "./step-props";

/** Check: what this Excel can do, for a support request. */
export function CheckStep({ workbook, inExcel }: StepProps): React.JSX.Element {
  return <SelfCheckPanel {...workbook.commandsIn("self-check")} disabled={!inExcel} />;
}
