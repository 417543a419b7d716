import { tokens } from "@fluentui/react-components";
import type { Status } from "../core/vocabulary";

/**
 * The pane's counterpart of the workbook's row tints (STATUS_STYLES), in Fluent tokens. Colours only:
 * the status words come from the catalogue (`status.<status>`), in the pane's language.
 */
export const STATUS_LOOK: Readonly<Record<Status, { background: string; foreground: string }>> = {
  invalid: {
    background: tokens.colorPaletteGrapeBackground2,
    foreground: tokens.colorPaletteGrapeForeground2,
  },
  "needs-review": {
    background: tokens.colorPaletteBlueBackground2,
    foreground: tokens.colorPaletteBlueForeground2,
  },
  completed: {
    background: tokens.colorPaletteGreenBackground2,
    foreground: tokens.colorPaletteGreenForeground2,
  },
  overdue: {
    background: tokens.colorPaletteRedBackground2,
    foreground: tokens.colorPaletteRedForeground2,
  },
  "off-track": {
    background: tokens.colorPaletteMarigoldBackground2,
    foreground: tokens.colorPaletteMarigoldForeground2,
  },
  "on-track": {
    background: tokens.colorNeutralBackground1,
    foreground: tokens.colorNeutralForeground1,
  },
  "not-reported": {
    background: tokens.colorNeutralBackground1,
    foreground: tokens.colorNeutralForeground2,
  },
};
