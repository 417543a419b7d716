import type { WorkbookActions } from "./workbook-actions";

/**
 * The workbook actions, fetched on first use: the Office.js implementation brings the engine and the
 * register schema, which the first paint does not need. This is the pane's one import from src/excel.
 */
const implementation = (): Promise<WorkbookActions> =>
  import(/* webpackChunkName: "excel-adapter" */ "../excel/office-workbook-actions").then(
    (m) => m.officeWorkbookActions,
    () => {
      // A chunk that fails to arrive (network, an update deployed meanwhile) says so in words.
      throw new Error("The add-in could not load its Excel part. Close the task pane and open it again.");
    },
  );

export const lazyWorkbookActions: WorkbookActions = {
  loadTrackingTable: (request) => implementation().then((a) => a.loadTrackingTable(request)),
  validateActiveSheet: (request) => implementation().then((a) => a.validateActiveSheet(request)),
  selectKpiRow: (row) => implementation().then((a) => a.selectKpiRow(row)),
  hasTrackingTable: () => implementation().then((a) => a.hasTrackingTable()),
  readSheetProtection: () => implementation().then((a) => a.readSheetProtection()),
  setSheetProtection: (protect) => implementation().then((a) => a.setSheetProtection(protect)),
  sortTrackingTable: () => implementation().then((a) => a.sortTrackingTable()),
  readTrackingSettings: () => implementation().then((a) => a.readTrackingSettings()),
  readWorkbookRegisters: () => implementation().then((a) => a.readWorkbookRegisters()),
  saveTrackingSettings: (settings) => implementation().then((a) => a.saveTrackingSettings(settings)),
  startLiveValidation: (onValidated) => implementation().then((a) => a.startLiveValidation(onValidated)),
  annexFromActiveSheet: (request) => implementation().then((a) => a.annexFromActiveSheet(request)),
  readKpiList: (request) => implementation().then((a) => a.readKpiList(request)),
  readHistory: () => implementation().then((a) => a.readHistory()),
  collectReturns: (request) => implementation().then((a) => a.collectReturns(request)),
  writeAnnexSheet: (annex) => implementation().then((a) => a.writeAnnexSheet(annex)),
  runSelfCheck: (dialogUrl) => implementation().then((a) => a.runSelfCheck(dialogUrl)),
};
