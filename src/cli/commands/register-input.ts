import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import type { CliTranslate } from "../cli-language";
import type { ListCell, ListGrid } from "../../core/register/list-layout";
import { unreadable } from "../progress-input";

/** A KPI list the command cannot read; the message is one line, shown as is. */
export class ListInputError extends Error {
  override name = "ListInputError";
}

export interface KpiListFile {
  grid: ListGrid;
  /** The annex title printed above a Word table, if any. */
  title?: string;
}

export const LIST_EXTENSIONS = [".csv", ".xlsx", ".docx"] as const;

/** Reads a KPI list: a CSV, the first xlsx worksheet with a header row, or the first table of a Word file. */
export async function readKpiListFile(path: string, t: CliTranslate): Promise<KpiListFile> {
  const extension = extname(path).toLowerCase();
  if (!(LIST_EXTENSIONS as readonly string[]).includes(extension))
    throw new ListInputError(t("cli.list.notList", { path }));
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ListInputError(unreadable(path, error, t));
  });
  if (extension === ".csv") return { grid: csvGrid(bytes, path, t) };
  if (extension === ".xlsx") return { grid: await xlsxGrid(bytes, path, t) };
  return docxList(bytes, path, t);
}

const plainCell = (text: string): ListCell => (text === "" ? [] : [{ text }]);

function csvGrid(bytes: Buffer, path: string, t: CliTranslate): ListGrid {
  try {
    const rows = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return rows.map((row) => row.map(plainCell));
  } catch (error) {
    throw new ListInputError(t("cli.list.badCsv", { path, reason: firstLine(error) }));
  }
}

async function xlsxGrid(bytes: Buffer, path: string, t: CliTranslate): Promise<ListGrid> {
  // Loaded on demand: exceljs is large and CSV input never needs it.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ListInputError(t("cli.list.badXlsx", { path, reason: firstLine(error) }));
  }
  const sheet = workbook.worksheets.find((worksheet) => worksheet.rowCount > 0);
  if (!sheet) throw new ListInputError(t("cli.list.noRows", { path }));
  const grid: ListCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ListCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = xlsxCell(cell);
    });
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? []);
  });
  return Array.from(grid, (row) => row ?? []);
}

function xlsxCell(cell: ExcelJS.Cell): ListCell {
  const value = cell.value;
  if (value === null || value === undefined) return [];
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((run) =>
      run.font?.bold ? { text: run.text, bold: true } : { text: run.text },
    );
  if (typeof value === "object" && !(value instanceof Date) && "result" in value)
    return plainCell(String(value.result ?? ""));
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text === "" ? [] : [cell.font?.bold ? { text, bold: true } : { text }];
}

const XML_ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&amp;": "&",
};
const decodeXml = (text: string) =>
  text.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]);

/** The runs of one <w:p>; a numbered (bulleted) paragraph starts with the paper's ➤. */
function paragraphRuns(paragraph: string): ListCell {
  const runs: ListCell = /<w:numPr>/.test(paragraph) ? [{ text: "\u27A4 " }] : [];
  for (const run of paragraph.matchAll(/<w:r[ >][\s\S]*?<\/w:r>/g)) {
    const bold = /<w:b\/>|<w:b w:val="(?:1|true|on)"\/>/.test(run[0]);
    const text = [...run[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[1] === undefined ? " " : decodeXml(t[1])))
      .join("");
    if (text !== "") runs.push(bold ? { text, bold: true } : { text });
  }
  return runs;
}

/** The first table of a Word document as a grid; each paragraph of a cell ends with a line break. */
async function docxList(bytes: Buffer, path: string, t: CliTranslate): Promise<KpiListFile> {
  const { default: JSZip } = await import("jszip");
  let xml: string;
  try {
    const part = (await JSZip.loadAsync(bytes)).file("word/document.xml");
    if (!part) throw new Error("no word/document.xml");
    xml = await part.async("string");
  } catch (error) {
    throw new ListInputError(t("cli.list.badDocx", { path, reason: firstLine(error) }));
  }
  const tableAt = xml.indexOf("<w:tbl>");
  if (tableAt === -1) throw new ListInputError(t("cli.list.noTable", { path }));
  const table = xml.slice(tableAt, xml.indexOf("</w:tbl>", tableAt));
  const grid = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc(?: [^>]*)?>[\s\S]*?<\/w:tc>/g)].map((cell) =>
      [...cell[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].flatMap((p) => [
        ...paragraphRuns(p[0]),
        { text: "\n" },
      ]),
    ),
  );
  const title = [...xml.slice(0, tableAt).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      paragraphRuns(p[0])
        .map((run) => run.text)
        .join("")
        .trim(),
    )
    .find((text) => text !== "");
  return { grid, ...(title ? { title } : {}) };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
