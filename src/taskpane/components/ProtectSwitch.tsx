import * as React from "react";
import { Switch } from "@fluentui/react-components";
import type { ProtectionState } from "../../excel/tracking-actions";

export interface ProtectSwitchProps {
  state: ProtectionState | null;
  busy: boolean;
  onChange(protect: boolean): void;
}

/** Protects the active KPI sheet without a password, so only the entry cells can be edited. */
export function ProtectSwitch({ state, busy, onChange }: ProtectSwitchProps): React.JSX.Element {
  const usable = state !== null && state.trackingSheet;
  return (
    <Switch
      label={
        usable
          ? `Protect "${state.sheetName}": only entry cells editable`
          : "Protect sheet (select a KPIs sheet first)"
      }
      checked={state?.protected ?? false}
      disabled={!usable || busy}
      onChange={(_, data) => onChange(data.checked)}
    />
  );
}
