/**
 * Writes the annex to its own worksheet ("Annex 2023"; the Chinese annex to 「附件 2023」) with Office.js, in three syncs whatever its size.
 *
 * Only a sheet this add-in created is ever replaced: the ids of the sheets it creates are kept in a
 * workbook setting. A user's own sheet with the same name is left alone and the annex goes to
 * "Annex 2023 (2)" (or the next free name). Office.js cannot bold part of a cell's text, so the
 * paper's bold figures appear only in the Word export; here whole title, header and area rows are bold.
 */
import { annexGrid, type AnnexGrid, type GridMerge } from "../core/annex/grid";
import { annexSheetName, type Annex } from "../core/annex/model";
import type { Language } from "../core/language/language";
import { runsText } from "../core/register/kpi-text";
import { runExcel } from "./excel-run";
import { TrackingError } from "./office-errors";
import { TEXT_FORMAT } from "./text-cells";
import type { AnnexSheetOutcome } from "../taskpane/workbook-actions";

/** Workbook setting: ids of the annex sheets the add-in created. */
export const ANNEX_SHEETS_SETTING = "kpiTracker.annexSheetIds";
/** Names tried in turn when a user's own sheet holds the plain name. */
const MAX_NAME_ATTEMPTS = 9;
const FONT_NAME = "Times New Roman";
/** The Chinese annex's font: PMingLiU (新細明體), the Traditional Chinese font of the Government's papers. */
const CHINESE_FONT_NAME = "PMingLiU";
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** A refusal in plain words; `runExcel` passes it through unchanged. */
export class AnnexSheetError extends TrackingError {}

export function candidateNames(year: number, language: Language = "en"): string[] {
  const base = annexSheetName(year, language);
  return [base, ...Array.from({ length: MAX_NAME_ATTEMPTS - 1 }, (_, i) => `${base} (${i + 2})`)];
}

/** Excel column width in points for a width in characters (Excel's own 7 px per character plus padding). */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

function storedIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Values as Office.js takes them: one string per cell. */
export function gridValues(grid: AnnexGrid): string[][] {
  return grid.rows.map((row) => row.cells.map(runsText));
}

function rangeOf(sheet: Excel.Worksheet, merge: GridMerge): Excel.Range {
  return sheet.getRangeByIndexes(
    merge.row,
    merge.column,
    merge.rowEnd - merge.row + 1,
    merge.columnEnd - merge.column + 1,
  );
}

function formatSheet(sheet: Excel.Worksheet, grid: AnnexGrid, language: Language): void {
  const columns = grid.columnWidths.length;
  const rows = grid.rows.length;
  const all = sheet.getRangeByIndexes(0, 0, rows, columns);
  all.format.font.name = language === "zh-HK" ? CHINESE_FONT_NAME : FONT_NAME;
  all.format.font.size = 11;
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  grid.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnPoints(width);
  });

  const table = sheet.getRangeByIndexes(grid.headerRow, 0, rows - grid.headerRow, columns);
  for (const edge of EDGES) {
    const border = table.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
  grid.rows.forEach((row, index) => {
    if (row.kind === "title" || row.kind === "header" || row.kind === "area") {
      sheet.getRangeByIndexes(index, 0, 1, columns).format.font.bold = true;
    }
  });
  const header = sheet.getRangeByIndexes(grid.headerRow, 0, 1, columns);
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  sheet.getRangeByIndexes(0, 0, 1, columns).format.horizontalAlignment = "Center";

  for (const merge of grid.merges) rangeOf(sheet, merge).merge(false);
  sheet.getRangeByIndexes(grid.headerRow, 0, rows - grid.headerRow, columns).format.autofitRows();
  sheet.freezePanes.freezeRows(grid.headerRow + 1);
}

function setPageLayout(sheet: Excel.Worksheet, grid: AnnexGrid): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = "Portrait";
  layout.centerHorizontally = true;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${grid.headerRow + 1}:$${grid.headerRow + 1}`);
}

export async function writeAnnexSheet(annex: Annex): Promise<AnnexSheetOutcome> {
  const grid = annexGrid(annex);
  const names = candidateNames(annex.year, annex.language);
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    const setting = context.workbook.settings.getItemOrNullObject(ANNEX_SHEETS_SETTING);
    setting.load("value");
    const existing = names.map((name) => worksheets.getItemOrNullObject(name).load("id,name"));
    await context.sync();

    const ours = setting.isNullObject ? [] : storedIds(setting.value);
    const index = existing.findIndex((sheet) => sheet.isNullObject || ours.includes(sheet.id));
    if (index === -1) {
      throw new AnnexSheetError(
        `Sheets ${names[0]} to ${names[names.length - 1]} all exist and were not made by KPI Tracker; rename one to write the annex.`,
      );
    }
    const name = names[index];
    const previous = existing[index];
    const replaced = !previous.isNullObject;
    if (replaced) previous.delete();

    const sheet = worksheets.add(name);
    const values = gridValues(grid);
    const cells = sheet.getRangeByIndexes(0, 0, values.length, grid.columnWidths.length);
    // Text format before values: entered text beginning with =, +, - or @ stays text, never a formula.
    cells.numberFormat = values.map((row) => row.map(() => TEXT_FORMAT));
    cells.values = values;
    formatSheet(sheet, grid, annex.language);
    setPageLayout(sheet, grid);
    sheet.activate();
    sheet.load("id");
    await context.sync();

    const keep = ours.filter((id) => id !== (replaced ? previous.id : ""));
    context.workbook.settings.add(ANNEX_SHEETS_SETTING, [...keep, sheet.id]);
    await context.sync();
    return { sheetName: name, replaced, nameTaken: index > 0 };
  });
}
