import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { MessageArea, PanelCommands } from "../../src/taskpane/pane-state";
import { useTrackingWorkbook } from "../../src/taskpane/use-tracking-workbook";
import type { WorkbookActions } from "../../src/taskpane/workbook-actions";

export interface PanelWithWorkbookProps {
  actions: WorkbookActions;
  area: MessageArea;
  panel(commands: PanelCommands): React.JSX.Element;
}

/** One panel on its own, with the pane's real command runner over the actions a test hands in. */
export function PanelWithWorkbook({ actions, area, panel }: PanelWithWorkbookProps): React.JSX.Element {
  const workbook = useTrackingWorkbook(actions, true);
  return <FluentProvider theme={webLightTheme}>{panel(workbook.commandsIn(area))}</FluentProvider>;
}
