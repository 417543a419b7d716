import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MIN_EXCEL_API, UNSUPPORTED_EXCEL_MESSAGE } from "../requirement-sets";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/** Shown instead of the pane where Excel lacks the add-in's minimum ExcelApi set. */
export function UnsupportedExcel(): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.pane}>
      <Title2 as="h1">KPI Tracker</Title2>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Excel needs an update</MessageBarTitle>
          {UNSUPPORTED_EXCEL_MESSAGE} (Excel JavaScript API {MIN_EXCEL_API} is missing.)
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
