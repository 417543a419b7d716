import type { CellValue } from "../core/tracking/cell-value";
import { rowsEntryGuidance } from "../core/tracking/entry-guidance";
import { trackingSortOrder } from "../core/tracking/sort-order";
import { readTableLayout } from "../core/tracking/table-layout";
import { planNotesBeside } from "../core/tracking/surroundings";
import { headerKeys, trackingHeaderProblem } from "../core/tracking/table-values";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { liftProtection } from "./lift-protection";
import { writeNotesBeside } from "./notes-beside";
import { applyEntryValidation } from "./entry-validation";
import { gridOf, loadMerged, loadUsedRange } from "./read-existing-table";
import { RequestBudget } from "./request-budget";
import { TrackingError } from "./office-errors";
import { loadRegisterSetting, registerFromSetting } from "./settings";
import { queueProtect } from "./sheet-protection";
import { loadActiveSheetTables, requireTrackingTable, trackingTableYear } from "./tracking-table-location";
import type { SortOutcome } from "../taskpane/workbook-actions";

/**
 * Sorts the KPI table on the active sheet: worst status first, then Department, Deadline and ID.
 *
 * Excel sorts no range holding locked cells on a protected sheet, whatever `allowSort` says, and
 * Range.sort cannot order statuses by severity. So the rows are reordered in memory and written back
 * whole (formulas and number formats together, so every entry moves with its row), with the add-in's
 * own protection lifted (in a round trip of its own, so a password set by someone else stops the sort
 * before anything moves) and restored with the write. That clears Excel's undo stack, and the pane says
 * so. Notes typed beside the table move with their rows, planned as Load plans them; what cannot move
 * (a formula, a merged block) stops the sort before anything is written. Three round trips whatever the
 * size, four on a protected sheet.
 */
export function sortTrackingTable(): Promise<SortOutcome> {
  return runExcel(async (context) => {
    const { sheet, tables } = loadActiveSheetTables(context);
    await context.sync();
    const { tableName } = requireTrackingTable(tables, sheet.name);
    const table = context.workbook.tables.getItem(tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values, formulas, numberFormat");
    const place = table.getRange().load("rowIndex, rowCount, columnIndex, columnCount");
    const used = loadUsedRange(sheet);
    const merged = loadMerged(used);
    // The rows' input messages stay where they are while the rows move: the register gives them again.
    const year = trackingTableYear(tableName);
    const stored = year === null ? null : loadRegisterSetting(context, year);
    await context.sync();

    const headerRow = header.values[0] as CellValue[];
    const problem = trackingHeaderProblem(headerRow);
    if (problem !== null) throw new TrackingError(`${problem} Rename the columns back, then sort.`);
    const keys = headerKeys(headerRow);
    const at = (row: readonly CellValue[], key: "status" | "department" | "deadline" | "id") =>
      row[keys.indexOf(key)];
    const values = body.values as CellValue[][];
    const order = trackingSortOrder(
      values.map((row) => ({
        status: at(row, "status"),
        department: at(row, "department"),
        deadline: at(row, "deadline"),
        id: at(row, "id"),
      })),
    );
    const outcome = { sheetName: sheet.name, rows: order.length, protectionLifted: false };
    if (order.every((from, to) => from === to)) return outcome;
    const rect = {
      row: place.rowIndex,
      col: place.columnIndex,
      rows: place.rowCount,
      cols: place.columnCount,
    };
    const notes = planNotesBeside(gridOf(used, merged), rect, order, "sort");
    if (notes.problem !== null) throw new TrackingError(notes.problem);

    const wasProtected = sheet.protection.protected;
    if (wasProtected) await liftProtection(context, sheet, sheet.name);
    suspendScreenUpdating(context);
    pauseEvents(context);
    // Filters hide rows by position; after the rows move they would hide the wrong KPIs.
    table.clearFilters();
    body.numberFormat = order.map((from) => body.numberFormat[from]);
    body.formulas = order.map((from) => (body.formulas as CellValue[][])[from]) as string[][];
    const budget = new RequestBudget(context, () => suspendScreenUpdating(context));
    const ids = order.map((from) => String(at(values[from], "id")));
    await applyEntryValidation(
      body,
      readTableLayout(headerRow).layout!,
      rowsEntryGuidance(stored && registerFromSetting(stored), ids),
      budget,
    );
    await writeNotesBeside(budget, sheet, notes.move);
    if (wasProtected) queueProtect(sheet);
    resumeEvents(context);
    await context.sync();
    return { ...outcome, protectionLifted: wasProtected };
  });
}
