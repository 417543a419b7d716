/** What a worksheet cell or CSV field can hold, before parsing. */
export type CellValue = string | number | boolean | null;

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && isBlankText(cell));
}

/** Blank without trimming (which copies the text) when the first character already shows it is not. */
function isBlankText(text: string): boolean {
  const first = text.charCodeAt(0);
  // trim() removes nothing from "!" to U+009F; the no-break space (160) is the first it removes above 32.
  if (first > 32 && first < 160) return false;
  return text.trim() === "";
}
