/**
 * Browser entry for the Excel double: appended after office.js by the workflow test, so the production
 * task pane finds `Excel.run`, the enums it uses, and an `Office.onReady` that reports Excel.
 * `window.kpiDouble` lets the test act as an officer (type into cells) and look at the workbook.
 */
import { createExcelDouble, installExcelDouble, tableRecords, typeInto } from "../../excel-double/install";
import type { CellValue } from "../../excel-double/model";
import { installAnnexSupport } from "../../excel-double/annex-support";

// worksheet.delete() and the annex sheet's formats (the self-check deletes its temporary sheet)
installAnnexSupport();
const double = createExcelDouble();
// Pinned: office.js keeps starting up after this script and would put its own Office back.
installExcelDouble(double, "Excel", true);

const api = {
  model: double.model,
  syncCount: () => double.model.syncCount,
  records: (tableName: string) => tableRecords(double.model, tableName),
  typeInto: (tableName: string, kpiId: string, column: string, value: CellValue) => {
    const address = typeInto(double.model, tableName, kpiId, column, value);
    return double.emitTableChanged(tableName, address).then(() => address);
  },
  selection: () => {
    const selection = double.model.selection;
    return selection ? { sheet: selection.sheet.name, ...selection.rect } : null;
  },
  conditionalFormats: (sheetName: string) => double.model.sheet(sheetName)?.conditionalFormats ?? [],
  setting: (key: string) => double.model.settings.get(key),
  sheetNames: () => double.model.sheets.map((sheet) => sheet.name),
};

(globalThis as unknown as { kpiDouble: typeof api }).kpiDouble = api;
export type KpiDoubleApi = typeof api;
