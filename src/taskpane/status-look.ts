import { tokens } from "@fluentui/react-components";
import type { Status } from "../core/vocabulary";
import { STATUS_STYLES } from "../core/tracking/flags";

/** The pane's counterpart of the workbook's row tints, in Fluent tokens (the workbook uses STATUS_STYLES). */
export const STATUS_LOOK: Readonly<
  Record<Status, { background: string; foreground: string; label: string; name: string }>
> = {
  invalid: {
    background: tokens.colorPaletteGrapeBackground2,
    foreground: tokens.colorPaletteGrapeForeground2,
    label: STATUS_STYLES.invalid.label,
    name: "Invalid",
  },
  "needs-review": {
    background: tokens.colorPaletteBlueBackground2,
    foreground: tokens.colorPaletteBlueForeground2,
    label: STATUS_STYLES["needs-review"].label,
    name: "Needs review",
  },
  completed: {
    background: tokens.colorPaletteGreenBackground2,
    foreground: tokens.colorPaletteGreenForeground2,
    label: STATUS_STYLES.completed.label,
    name: "Completed",
  },
  overdue: {
    background: tokens.colorPaletteRedBackground2,
    foreground: tokens.colorPaletteRedForeground2,
    label: STATUS_STYLES.overdue.label,
    name: "Overdue",
  },
  "off-track": {
    background: tokens.colorPaletteMarigoldBackground2,
    foreground: tokens.colorPaletteMarigoldForeground2,
    label: STATUS_STYLES["off-track"].label,
    name: "Off track",
  },
  "on-track": {
    background: tokens.colorNeutralBackground1,
    foreground: tokens.colorNeutralForeground1,
    label: STATUS_STYLES["on-track"].label,
    name: "On track",
  },
  "not-reported": {
    background: tokens.colorNeutralBackground1,
    foreground: tokens.colorNeutralForeground2,
    label: STATUS_STYLES["not-reported"].label,
    name: "Not reported",
  },
};
