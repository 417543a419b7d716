import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import { MIN_EXCEL_API } from "../requirement-sets";

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
  const { t } = usePaneLanguage();
  return (
    <main className={styles.pane}>
      <Title2 as="h1">KPI Tracker</Title2>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t("unsupported.title")}</MessageBarTitle>
          {t("unsupported.text")} {t("unsupported.missing", { version: MIN_EXCEL_API })}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
