import type { Register } from "../../core/register/schema";
import type { RegisterSource } from "../register-sources";
import type { useTrackingWorkbook } from "../use-tracking-workbook";

/** The steps of the officer's year, in the order the tabs show them. */
export const STEPS = ["register", "progress", "returns", "annex", "check"] as const;
export type Step = (typeof STEPS)[number];

/** What every step gets from the pane: the one workbook runner and what is known of the workbook. */
export interface StepProps {
  workbook: ReturnType<typeof useTrackingWorkbook>;
  inExcel: boolean;
  platform: string | null;
  /** Built-in registers and those kept in this workbook. */
  sources: readonly RegisterSource[];
  /** False when the workbook holds no KPI table yet; null while unknown or outside Excel. */
  hasTable: boolean | null;
  /** A register saved from a KPI list: Load offers it from then on. */
  onSaved(register: Register): void;
}
