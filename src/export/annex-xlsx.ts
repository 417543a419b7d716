/**
 * The annex as an .xlsx workbook (exceljs): merged measure cells, area rows, wrapped text, borders,
 * A4 portrait fitted to one page wide with the header row printed on every page. exceljs writes
 * whole-cell rich text, so the paper's bold numbers and dates survive here, unlike in Office.js.
 */
import ExcelJS from "exceljs";
import { annexGrid, estimateRowHeight, type GridRow } from "../core/annex/grid";
import { annexSheetName, type Annex } from "../core/annex/model";
import type { RichText } from "../core/register/schema";
import { xmlSafe } from "./xml-text";

const FONT = { name: "Times New Roman", size: 11 } as const;
/**
 * A cell has one font, with no East Asian slot as Word has: the Chinese annex uses PMingLiU (新細明體),
 * whose Latin letters and digits serve too; charset 136 is Big5, Traditional Chinese.
 */
const CHINESE_FONT = { name: "PMingLiU", size: 11, charset: 136 } as const;
type AnnexFont = typeof FONT | typeof CHINESE_FONT;

export function annexFont(annex: Pick<Annex, "language">): AnnexFont {
  return annex.language === "zh-HK" ? CHINESE_FONT : FONT;
}
const THIN = { style: "thin", color: { argb: "FF000000" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Text format: Excel keeps "=..." typed over a cell as text instead of turning it into a formula. */
export const TEXT_FORMAT = "@";

/** Plain strings and rich text only: never a formula, whatever the text starts with. */
export function cellValue(runs: RichText, font: AnnexFont = FONT): ExcelJS.CellValue {
  if (runs.length === 0) return null;
  if (runs.every((run) => !run.bold)) return runs.map((run) => run.text).join("");
  return { richText: runs.map((run) => ({ text: run.text, font: { ...font, bold: run.bold === true } })) };
}

function styleRow(row: ExcelJS.Row, kind: GridRow["kind"], columns: number, font: AnnexFont): void {
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.numFmt = TEXT_FORMAT;
    cell.font = { ...font, bold: kind === "title" || kind === "header" || kind === "area" };
    if (kind === "title") {
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      continue;
    }
    if (kind === "gap") continue;
    cell.border = BORDER;
    cell.alignment =
      kind === "header"
        ? { horizontal: "center", vertical: "middle", wrapText: true }
        : { horizontal: "left", vertical: "top", wrapText: true };
  }
}

export function annexWorkbook(typed: Annex): ExcelJS.Workbook {
  const annex = xmlSafe(typed);
  const grid = annexGrid(annex);
  const columns = grid.columnWidths.length;
  const font = annexFont(annex);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KPI Tracker";
  workbook.title = annex.title;
  const sheet = workbook.addWorksheet(annexSheetName(annex.year, annex.language), {
    views: [{ state: "frozen", ySplit: grid.headerRow + 1, showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      printTitlesRow: `${grid.headerRow + 1}:${grid.headerRow + 1}`,
    },
  });
  sheet.columns = grid.columnWidths.map((width) => ({ width }));
  grid.rows.forEach((gridRow, index) => {
    const row = sheet.getRow(index + 1);
    gridRow.cells.forEach((runs, column) => {
      row.getCell(column + 1).value = cellValue(runs, font);
    });
    styleRow(row, gridRow.kind, columns, font);
    if (gridRow.kind !== "gap") row.height = estimateRowHeight(gridRow, grid.columnWidths, font.size);
  });
  for (const merge of grid.merges)
    sheet.mergeCells(merge.row + 1, merge.column + 1, merge.rowEnd + 1, merge.columnEnd + 1);
  return workbook;
}

/** The .xlsx bytes (browser and Node). */
export async function annexXlsx(annex: Annex): Promise<Uint8Array> {
  const buffer = await annexWorkbook(annex).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
