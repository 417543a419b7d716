import { isCalendarDate } from "../core/calendar";
import { rowsEntryGuidance } from "../core/tracking/entry-guidance";
import type { CellValue } from "../core/tracking/cell-value";
import { mergeTrackingRows } from "../core/tracking/merge";
import { buildRegisterRows } from "../core/tracking/rows";
import {
  DATE_NUMBER_FORMAT,
  TRACKING_SHEET,
  columnLetter,
  excelSerialFromIso,
  trackingSheetName,
  trackingTableName,
} from "../core/tracking/sheet-layout";
import { cellList, coveredCells, planNotesBeside, type NotesMove } from "../core/tracking/surroundings";
import { headerOf, positionOf } from "../core/tracking/table-layout";
import { toTableValues } from "../core/tracking/table-values";
import { applyEntryValidation } from "./entry-validation";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { TrackingError, describeFailure } from "./office-errors";
import { readExisting, type Existing } from "./read-existing-table";
import { payloadBytes, RequestBudget } from "./request-budget";
import { queueTrackingSettings, registerSettingEntries } from "./settings";
import { queueProtect } from "./sheet-protection";
import { applyStatusFormats } from "./status-formats";
import { queueLayout, tableNumberFormats } from "./tracking-sheet-format";
import { blanksForNulls, queueTextValues, writeTextSafely } from "./text-cells";
import { writeNotesBeside } from "./notes-beside";
import { liftProtection } from "./lift-protection";
import type { LoadOutcome, LoadRequest } from "../taskpane/workbook-actions";

const HEADER_INDEX = TRACKING_SHEET.headerRow - 1;
export const TABLE_STYLE = "TableStyleLight9";

/**
 * Writes one register as a tracking table on its own sheet, keeping every entry already there, the
 * columns officers added inside the table, and whatever they typed beside or below it.
 * Three round trips whatever the size: look up the sheet and table; read what is there; write it all (a
 * protected sheet takes one more, to lift the protection before anything is written).
 * Every read and check comes before the single write batch, so a refusal leaves the workbook untouched.
 */
export function loadTrackingTable(request: LoadRequest): Promise<LoadOutcome> {
  const { register, departments, asAt } = request;
  if (!isCalendarDate(asAt))
    return Promise.reject(new TrackingError(`The as-at date "${asAt}" is not a date.`));
  const registerRows = buildRegisterRows(register, { departments });
  if (registerRows.length === 0) {
    return Promise.reject(new TrackingError("No KPI in this register matches the department filter."));
  }
  const sheetName = trackingSheetName(register.year);
  const tableName = trackingTableName(register.year);

  return runExcel(async (context) => {
    const existing = await readExisting(context, sheetName, tableName);
    const { layout } = existing;
    const merged = mergeTrackingRows(registerRows, existing.rows);
    const rows = blanksForNulls(toTableValues(merged, layout));
    const header = headerOf(layout);
    const notes = checkSurroundings(
      existing,
      merged.map((row) => row.source),
      rows.length,
    );
    if (existing.wasProtected && existing.sheet) await liftProtection(context, existing.sheet, sheetName);
    // The table stays where it stands (officers may have moved it); a new one goes under the title.
    const top = existing.rect?.row ?? HEADER_INDEX;
    const left = existing.rect?.col ?? 0;

    const settings = registerSettingEntries(register);
    // Retired and renumbered rows belong to no KPI of this register: they keep the columns' messages.
    const rowGuidance = rowsEntryGuidance(
      register,
      merged.map((row) => (row.register ? row.id : null)),
    );

    // One write request, unless the data would take it past Excel on the web's size cap.
    const budget = new RequestBudget(context, () => suspendScreenUpdating(context));
    suspendScreenUpdating(context);
    pauseEvents(context);
    try {
      const sheet = existing.sheet ?? context.workbook.worksheets.add(sheetName);
      if (existing.rect) {
        const old = sheet.getRangeByIndexes(
          existing.rect.row,
          existing.rect.col,
          existing.rect.rows,
          existing.rect.cols,
        );
        old.conditionalFormats.clearAll();
        old.dataValidation.clear();
        existing.table?.convertToRange();
        old.clear("All");
      }
      // The title and as-at date sit above the table; a table moved to the top leaves no room for them.
      if (top > TRACKING_SHEET.asAtRow - 1) queueTitle(sheet, register.title, asAt);

      const whole = sheet.getRangeByIndexes(top, left, rows.length + 1, header.length);
      const body = whole.getOffsetRange(1, 0).getResizedRange(-1, 0);
      await writeTextSafely(budget, whole, [header, ...rows], tableNumberFormats(header, rows, layout));
      const table = sheet.tables.add(whole, true);
      table.name = tableName;
      table.style = TABLE_STYLE;
      queueLayout(whole, body, layout);
      await applyEntryValidation(body, layout, rowGuidance, budget);
      applyStatusFormats(body, top + 2, columnLetter(left + positionOf(layout, "status")));
      body.format.autofitRows();
      await writeNotesBeside(budget, sheet, notes);
      sheet.freezePanes.freezeRows(top + 1);
      for (const setting of settings) {
        await budget.reserve(payloadBytes(setting.value));
        context.workbook.settings.add(setting.key, setting.value);
      }
      queueTrackingSettings(context, { asAt });
      if (existing.wasProtected) queueProtect(sheet);
      sheet.activate();
      resumeEvents(context);
      await context.sync();
    } catch (error) {
      throw await keepEntriesAfterFailedWrite(
        context,
        sheetName,
        [header, ...rows],
        tableNumberFormats(header, rows, layout),
        error,
      );
    }

    return {
      sheetName,
      tableName,
      rows: merged.length,
      added: merged.filter((row) => row.origin === "new").length,
      kept: merged.filter((row) => row.origin === "kept").length,
      retired: merged.filter((row) => row.origin === "orphaned").length,
      renumbered: merged.filter((row) => row.origin === "renumbered").map((row) => row.id),
    };
  });
}

/**
 * Load writes only the table: cells the new, taller table would cover, and notes beside it that cannot
 * follow their rows, stop it before anything is written. Returns the notes to write again beside moved rows.
 */
function checkSurroundings(existing: Existing, sources: (number | null)[], rows: number): NotesMove[] {
  const top = existing.rect?.row ?? HEADER_INDEX;
  const left = existing.rect?.col ?? 0;
  const next = { row: top, col: left, rows: rows + 1, cols: existing.layout.columns.length };
  const covered = coveredCells(existing.grid, next, existing.rect);
  if (covered.length > 0) {
    throw new TrackingError(
      `The KPI table needs the cells ${cellList(covered)}, which hold something other than a KPI table. ` +
        "Move that content elsewhere (or insert empty rows above it), then load again; nothing was changed.",
    );
  }
  if (!existing.rect) return [];
  const plan = planNotesBeside(existing.grid, existing.rect, sources, "load");
  if (plan.problem !== null) throw new TrackingError(plan.problem);
  return plan.move;
}

/**
 * Office.js batches are not transactions: a write batch that fails part-way leaves what ran before it.
 * All rows, entries included, are still in memory, so they go to a sheet of their own in a fresh batch.
 */
async function keepEntriesAfterFailedWrite(
  context: Excel.RequestContext,
  sheetName: string,
  rows: CellValue[][],
  formats: string[][],
  failure: unknown,
): Promise<TrackingError> {
  const what = describeFailure(failure);
  try {
    const candidates = [
      `${sheetName} kept`,
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${sheetName} kept ${n}`),
    ];
    const probes = candidates.map((candidate) =>
      context.workbook.worksheets.getItemOrNullObject(candidate).load("name"),
    );
    await context.sync();
    const free = probes.findIndex((probe) => probe.isNullObject);
    if (free < 0) throw new Error("no free sheet name");
    const name = candidates[free];
    const sheet = context.workbook.worksheets.add(name);
    const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    await writeTextSafely(new RequestBudget(context), range, rows, formats);
    await context.sync();
    return new TrackingError(
      `Load stopped part-way (${what}). Every row, with all entries, was saved on the sheet "${name}"; ` +
        `check "${sheetName}" and load again.`,
    );
  } catch {
    return new TrackingError(`Load stopped part-way (${what}). Do not save; undo or reopen the workbook.`);
  }
}

function queueTitle(sheet: Excel.Worksheet, title: string, asAt: string): void {
  const titleCell = sheet.getRangeByIndexes(TRACKING_SHEET.titleRow - 1, 0, 1, 1);
  queueTextValues(titleCell, [[title]]);
  titleCell.format.font.bold = true;
  titleCell.format.font.size = 14;
  queueAsAt(sheet, asAt);
}

/** The as-at date beside its label; Validate rewrites it so the sheet says which date its statuses are for. */
export function queueAsAt(sheet: Excel.Worksheet, asAt: string): void {
  const label = sheet.getRange(TRACKING_SHEET.asAtLabelCell);
  label.values = [["As at"]];
  label.format.font.bold = true;
  const cell = sheet.getRange(TRACKING_SHEET.asAtCell);
  cell.numberFormat = [[DATE_NUMBER_FORMAT]];
  cell.values = [[excelSerialFromIso(asAt)]];
}
