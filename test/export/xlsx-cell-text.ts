import type ExcelJS from "exceljs";

/** A cell's text as read back by exceljs: plain, or rich-text runs joined. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value && typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  return String(value ?? "");
}
