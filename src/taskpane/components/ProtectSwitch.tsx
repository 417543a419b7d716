import * as React from "react";
import { Caption1, Switch, makeStyles } from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import type { ProtectionState } from "../workbook-actions";

export interface ProtectSwitchProps {
  state: ProtectionState | null;
  busy: boolean;
  onChange(protect: boolean): void;
}

const useStyles = makeStyles({ protect: { display: "flex", flexDirection: "column" } });

/** Protects the active KPI sheet without a password, so only the entry cells can be edited. */
export function ProtectSwitch({ state, busy, onChange }: ProtectSwitchProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const usable = state !== null && state.trackingSheet;
  return (
    <div className={styles.protect}>
      <Switch
        label={usable ? t("pane.protect.on", { sheet: state.sheetName }) : t("pane.protect.none")}
        checked={state?.protected ?? false}
        disabled={!usable || busy}
        onChange={(_, data) => onChange(data.checked)}
        aria-describedby="protect-note"
      />
      <Caption1 id="protect-note">{t("pane.protect.note")}</Caption1>
    </div>
  );
}
