import { annexFromActiveSheet } from "./annex-from-sheet";
import { startLiveValidation } from "./live-validation";
import { readKpiListSheet } from "./kpi-list-sheet";
import { collectReturns } from "./collect-returns";
import { readHistoryRowsOfWorkbook } from "./history-sheet";
import { loadTrackingTable } from "./load-tracking-table";
import { selectKpiRow } from "./select-row";
import { sortTrackingTable } from "./sort-tracking-table";
import { readTrackingSettings, readWorkbookRegisters, saveTrackingSettings } from "./settings";
import { readSheetProtection, setSheetProtection } from "./sheet-protection";
import type { TrackingActions } from "./tracking-actions";
import { validateActiveSheet } from "./validate-sheet";

/** The task pane's actions against the real workbook. */
export const excelTrackingActions: TrackingActions = {
  loadTrackingTable,
  validateActiveSheet,
  selectKpiRow,
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
};
