import type { WorkbookActions } from "../taskpane/workbook-actions";
import { annexFromActiveSheet } from "./annex-from-sheet";
import { collectReturns } from "./collect-returns";
import { hasTrackingTable } from "./has-tracking-table";
import { readHistoryRowsOfWorkbook } from "./history-sheet";
import { readKpiListSheet } from "./kpi-list-sheet";
import { startLiveValidation } from "./live-validation";
import { loadTrackingTable } from "./load-tracking-table";
import { selectKpiRow } from "./select-row";
import { readTrackingSettings, readWorkbookRegisters, saveTrackingSettings } from "./settings";
import { readSheetProtection, setSheetProtection } from "./sheet-protection";
import { sortTrackingTable } from "./sort-tracking-table";
import { validateActiveSheet } from "./validate-sheet";

/**
 * The task pane's workbook actions done with Office.js. Their batches go through `runExcel`, which puts a
 * failure in plain words as the interface promises; the self-check reports failures in its results instead.
 */
export const officeWorkbookActions: WorkbookActions = {
  loadTrackingTable,
  validateActiveSheet,
  selectKpiRow,
  hasTrackingTable,
  readSheetProtection,
  setSheetProtection,
  sortTrackingTable,
  readTrackingSettings,
  readWorkbookRegisters,
  saveTrackingSettings,
  startLiveValidation,
  annexFromActiveSheet,
  readKpiList: readKpiListSheet,
  readHistory: readHistoryRowsOfWorkbook,
  collectReturns: (request) => collectReturns(request),
  // Fetched when first asked for: this chunk is fetched at start-up (settings), and these two are seldom used.
  writeAnnexSheet: async (annex) =>
    (await import(/* webpackChunkName: "annex-sheet" */ "./annex-sheet")).writeAnnexSheet(annex),
  runSelfCheck: async (dialogUrl) => {
    const [{ runSelfCheck }, { formatSelfCheckReport }] = await Promise.all([
      import(/* webpackChunkName: "excel-self-check" */ "./self-check"),
      import(/* webpackChunkName: "excel-self-check" */ "./self-check-report"),
    ]);
    const report = await runSelfCheck(dialogUrl);
    return { report, text: formatSelfCheckReport(report) };
  },
};
