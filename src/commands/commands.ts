import { todayIso } from "../core/today";
import { DEFAULT_TOLERANCE } from "../core/vocabulary";
import { officeWorkbookActions } from "../excel/office-workbook-actions";
import { describeFailure } from "../excel/office-errors";
import { ribbonLanguage, ribbonText } from "./ribbon-language";
import { showRibbonMessage } from "./ribbon-message";

/** Ribbon "Validate": runs Validate on the active tracking sheet with the remembered as-at date. */
export async function validateFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const settings = await officeWorkbookActions.readTrackingSettings();
    await officeWorkbookActions.validateActiveSheet({
      asAt: settings.asAt ?? todayIso(),
      tolerance: settings.tolerance ?? DEFAULT_TOLERANCE,
    });
  } catch (error) {
    console.error("KPI Tracker: Validate failed", error);
    const language = ribbonLanguage();
    await showRibbonMessage(
      ribbonText(language)["ribbon.validateDidNotRun"],
      describeFailure(error),
      language,
    );
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateFromRibbon", validateFromRibbon);
});
