import type { TrackingActions } from "../excel/tracking-actions";

/**
 * The workbook actions, fetched on first use: the adapter brings the engine and the register schema,
 * which the first paint does not need.
 */
const adapter = (): Promise<TrackingActions> =>
  import(/* webpackChunkName: "excel-adapter" */ "../excel/excel-tracking-actions").then(
    (m) => m.excelTrackingActions,
  );

export const lazyTrackingActions: TrackingActions = {
  loadTrackingTable: (request) => adapter().then((a) => a.loadTrackingTable(request)),
  validateActiveSheet: (request) => adapter().then((a) => a.validateActiveSheet(request)),
  selectKpiRow: (row) => adapter().then((a) => a.selectKpiRow(row)),
  readSheetProtection: () => adapter().then((a) => a.readSheetProtection()),
  setSheetProtection: (protect) => adapter().then((a) => a.setSheetProtection(protect)),
  sortTrackingTable: () => adapter().then((a) => a.sortTrackingTable()),
  readTrackingSettings: () => adapter().then((a) => a.readTrackingSettings()),
  readWorkbookRegisters: () => adapter().then((a) => a.readWorkbookRegisters()),
  saveTrackingSettings: (settings) => adapter().then((a) => a.saveTrackingSettings(settings)),
  startLiveValidation: (onValidated) => adapter().then((a) => a.startLiveValidation(onValidated)),
  annexFromActiveSheet: (request) => adapter().then((a) => a.annexFromActiveSheet(request)),
  readKpiList: (request) => adapter().then((a) => a.readKpiList(request)),
  readHistory: () => adapter().then((a) => a.readHistory()),
  collectReturns: (request) => adapter().then((a) => a.collectReturns(request)),
};
