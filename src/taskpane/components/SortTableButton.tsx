import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
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
  const usable = state !== null && state.trackingSheet;
  return (
    <div className={styles.sort}>
      <Button disabled={!usable || busy} onClick={onSort} aria-describedby="sort-note">
        Sort: worst status first
      </Button>
      <Caption1 id="sort-note">
        By status (worst first), then department, deadline and ID. Excel cannot sort this table on a protected
        sheet (it holds locked cells), so the add-in lifts its own protection, sorts and protects again: Excel
        then clears its Undo list. Filtering works on the protected sheet as usual.
      </Caption1>
    </div>
  );
}
