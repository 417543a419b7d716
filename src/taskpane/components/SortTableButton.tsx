import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import type { ProtectionState } from "../workbook-actions";

const useStyles = makeStyles({
  sort: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface SortTableButtonProps {
  state: ProtectionState | null;
  busy: boolean;
  onSort(): void;
}

/**
 * Sorts the KPI table, worst status first. Excel refuses to sort a table holding locked cells on a
 * protected sheet, whatever the protection allows, so the add-in does it; the note says what that costs.
 */
export function SortTableButton({ state, busy, onSort }: SortTableButtonProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const usable = state !== null && state.trackingSheet;
  return (
    <div className={styles.sort}>
      <Button disabled={!usable || busy} onClick={onSort} aria-describedby="sort-note">
        {t("pane.sort.button")}
      </Button>
      <Caption1 id="sort-note">{t("pane.sort.note")}</Caption1>
    </div>
  );
}
