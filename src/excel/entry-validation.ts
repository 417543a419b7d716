import { REPORTED_STATUS_PHRASES } from "../core/engine/phrases";
import type { EntryColumnKey } from "../core/tracking/columns";
import { guidanceRuns, type RowGuidance } from "../core/tracking/entry-guidance";
import { positionOf, type TableLayout } from "../core/tracking/table-layout";
import { payloadBytes, type RequestBudget } from "./request-budget";

/**
 * Data validation on the entry columns. It only fires on typed entry (a paste bypasses it), so it guides
 * rather than guards: every alert is a warning or information, never "stop", and the engine checks
 * whatever ends up in the cells.
 */
export const ENTRY_RULES: Readonly<Record<EntryColumnKey, Excel.DataValidationRule>> = {
  // Text-formatted so "about 580", "25.4%" and "580; 9" reach the engine as typed.
  actual: { textLength: { formula1: 255, operator: "LessThanOrEqualTo" } },
  completedOn: { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } },
  reportedStatus: { list: { inCellDropDown: true, source: REPORTED_STATUS_PHRASES.join(",") } },
  latestProgress: { textLength: { formula1: 32767, operator: "LessThanOrEqualTo" } },
};

export const ENTRY_ALERTS: Readonly<Record<EntryColumnKey, Excel.DataValidationErrorAlert>> = {
  actual: {
    showAlert: true,
    style: "Information",
    title: "Actual",
    message: "Keep the figure short. Validate checks it against the target.",
  },
  completedOn: {
    showAlert: true,
    style: "Warning",
    title: "Completed on",
    message: "That does not look like a date. Type it as 2024-03-20 or 20/3/2024. Keep it anyway?",
  },
  reportedStatus: {
    showAlert: true,
    style: "Warning",
    title: "Reported status",
    message: `Choose one of: ${REPORTED_STATUS_PHRASES.join(" ")} Keep your own words anyway? Validate will flag it.`,
  },
  latestProgress: { showAlert: false, style: "Information", title: "Latest progress", message: "" },
};

/** What each queued action adds to a request besides its data (object path, member name, ids). */
const ACTION_ENVELOPE_BYTES = 100;

/**
 * Queues validation rules and input messages on each entry column of the table body, the message each
 * row's KPI needs (`rowGuidance`, one per body row). Consecutive rows with the same message share one
 * validation, so the requests grow with the runs of distinct messages, not with the rows; their bytes
 * go through `budget`, which sends early only past Excel on the web's request cap.
 */
export async function applyEntryValidation(
  body: Excel.Range,
  layout: TableLayout,
  rowGuidance: readonly RowGuidance[],
  budget: RequestBudget,
): Promise<void> {
  for (const key of Object.keys(ENTRY_RULES) as EntryColumnKey[]) {
    const column = body.getColumn(positionOf(layout, key));
    column.dataValidation.clear();
    const runs = guidanceRuns(rowGuidance.map((guidance) => guidance[key]));
    for (const run of runs) {
      const prompt: Excel.DataValidationPrompt = { showPrompt: true, ...run.guidance };
      await budget.reserve(
        payloadBytes([ENTRY_RULES[key], ENTRY_ALERTS[key], prompt]) + 4 * ACTION_ENVELOPE_BYTES,
      );
      // Each run is a whole validation of its own, so nothing depends on how Excel splits one.
      const cells = runs.length === 1 ? column : column.getRow(run.first).getResizedRange(run.rows - 1, 0);
      cells.dataValidation.ignoreBlanks = true;
      cells.dataValidation.rule = ENTRY_RULES[key];
      cells.dataValidation.errorAlert = ENTRY_ALERTS[key];
      cells.dataValidation.prompt = prompt;
    }
  }
}
