import { runExcel } from "./excel-run";
import { findTrackingTable, loadActiveSheetTables } from "./tracking-table-location";
import type { ProtectionState } from "../taskpane/workbook-actions";

/**
 * What officers may still do on a protected tracking sheet besides typing in the entry cells. No
 * allowSort: Excel never sorts a range holding locked cells on a protected sheet, whatever that option
 * says (the pane's Sort button lifts the protection for its own sort instead).
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Queues a protect that the add-in's own writes undo and redo; no password, so the add-in can always lift it. */
export function queueProtect(sheet: Excel.Worksheet): void {
  sheet.protection.protect(PROTECTION_OPTIONS);
}

export function readSheetProtection(): Promise<ProtectionState> {
  return runExcel(async (context) => {
    const { sheet, tables } = loadActiveSheetTables(context);
    await context.sync();
    return {
      trackingSheet: findTrackingTable(tables) !== null,
      protected: sheet.protection.protected,
      sheetName: sheet.name,
    };
  });
}

/** protect() and unprotect() throw when the sheet is already in that state, so the state is read first. */
export function setSheetProtection(protect: boolean): Promise<ProtectionState> {
  return runExcel(async (context) => {
    const { sheet, tables } = loadActiveSheetTables(context);
    await context.sync();
    const trackingSheet = findTrackingTable(tables) !== null;
    if (sheet.protection.protected !== protect) {
      if (protect) queueProtect(sheet);
      else sheet.protection.unprotect();
      await context.sync();
    }
    return { trackingSheet, protected: protect, sheetName: sheet.name };
  });
}
