import type { KpiListRow } from "./build-register";
import { fromRoman, readAreaLabel, readMeasureLabel } from "./list-labels";
import type { RichText, TextRun } from "./schema";

/** One cell of a pasted or typed KPI list: its runs, paragraphs joined by "\n"; empty for an empty cell. */
export type ListCell = TextRun[];
export type ListGrid = ReadonlyArray<ReadonlyArray<ListCell | undefined>>;

/** `title`: the one text of the first non-empty row above the header (the annex title), if any. */
/** `headerRow`: the grid row (0-based) of the header naming the columns. */
export type ListRowsResult =
  { ok: true; rows: KpiListRow[]; headerRow: number; title?: string } | { ok: false; error: string };

const BULLET = "\u27A4";
/** How far down to look for the header row (below a title or a note). */
const HEADER_SEARCH_ROWS = 30;

function cellText(cell: ListCell | undefined): string {
  return (cell ?? [])
    .map((run) => run.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Runs with whitespace collapsed, neighbours of the same weight merged, edges trimmed; spaces never bold. */
export function tidyRuns(runs: ReadonlyArray<TextRun>): RichText {
  const pieces: TextRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, " ");
    const core = text.trim();
    if (!run.bold || core === "") {
      pieces.push({ text });
      continue;
    }
    if (text.startsWith(" ")) pieces.push({ text: " " });
    pieces.push({ text: core, bold: true });
    if (text.endsWith(" ")) pieces.push({ text: " " });
  }
  const merged: TextRun[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && Boolean(last.bold) === Boolean(piece.bold)) last.text += piece.text;
    else merged.push({ ...piece });
  }
  for (const [i, run] of merged.entries()) {
    run.text = run.text.replace(/ {2,}/g, " ");
    if (i > 0 && merged[i - 1].text.endsWith(" ") && run.text.startsWith(" ")) run.text = run.text.slice(1);
  }
  if (merged.length > 0) {
    merged[0].text = merged[0].text.replace(/^ +/, "");
    merged[merged.length - 1].text = merged[merged.length - 1].text.replace(/ +$/, "");
  }
  return merged.filter((run) => run.text !== "");
}

/** A KPI cell split at each ➤: `lead` is what comes before the first bullet. */
function splitBullets(cell: ListCell | undefined): { lead: RichText; bullets: RichText[] } {
  const lead: TextRun[] = [];
  const bullets: TextRun[][] = [];
  for (const run of cell ?? []) {
    run.text.split(BULLET).forEach((part, index) => {
      if (index > 0) bullets.push([]);
      if (part !== "")
        (bullets.length === 0 ? lead : bullets[bullets.length - 1]).push({ ...run, text: part });
    });
  }
  return { lead: tidyRuns(lead), bullets: bullets.map(tidyRuns).filter((bullet) => bullet.length > 0) };
}

/** The paper's runs when the cell has any bold; plain text otherwise, so the builder infers the bold. */
function kpiText(runs: RichText): string | RichText {
  return runs.some((run) => run.bold) ? runs : runs.map((run) => run.text).join("");
}

type Columns = {
  area?: number;
  measure: number;
  department?: number;
  kpi: number;
  /** The KPI's Chinese text (in the paper's layout, also an area row's Chinese heading). */
  chinese?: number;
  chineseArea?: number;
  chineseMeasure?: number;
};

/** The optional Chinese columns, named in English or in Chinese. */
const CHINESE_TEXT_HEADER = /^(chinese text|kpis? \(chinese\)|中文本|績效指標（中文）)$/;
const CHINESE_AREA_HEADER = /^(chinese area|(policy )?areas? \(chinese\)|範疇（中文）)$/;
const CHINESE_MEASURE_HEADER = /^(chinese measure|measures? \(chinese\)|措施（中文）)$/;

function headerColumns(row: ReadonlyArray<ListCell | undefined>): Columns | undefined {
  const found: Partial<Columns> = {};
  row.forEach((cell, c) => {
    const name = cellText(cell)
      .toLowerCase()
      .replace(/\s*\(\s*/g, " (")
      .replace(/\s*\)/g, ")");
    if (/^(policy )?areas?$/.test(name)) found.area ??= c;
    else if (/^measures?$/.test(name)) found.measure ??= c;
    else if (/^departments?$/.test(name)) found.department ??= c;
    else if (/^kpis?$/.test(name)) found.kpi ??= c;
    else if (CHINESE_TEXT_HEADER.test(name)) found.chinese ??= c;
    else if (CHINESE_AREA_HEADER.test(name)) found.chineseArea ??= c;
    else if (CHINESE_MEASURE_HEADER.test(name)) found.chineseMeasure ??= c;
  });
  return found.measure !== undefined && found.kpi !== undefined ? (found as Columns) : undefined;
}

/**
 * Reads a KPI list laid out as a table into builder rows. Two layouts:
 * - a plain list with columns Area, Measure, Department (optional), KPI: one KPI per row, an empty Area or
 *   Measure cell repeating the one above;
 * - the paper's annex layout (Measures | KPIs, as pasted from Word): "(I) …" area rows, a Measures cell
 *   "(A) …" followed by empty (merged) cells, KPI cells with one or several ➤ bullets, one KPI per bullet.
 *   Text before a measure's first bullet is its preamble; before a later row's first bullet, the rest of the
 *   previous KPI split by a page break.
 */
export function kpiListRows(grid: ListGrid): ListRowsResult {
  const r = listHeaderRow(grid);
  if (r !== undefined) {
    const columns = headerColumns(grid[r])!;
    const body = grid.slice(r + 1);
    const result =
      columns.area === undefined ? annexRows(body, columns, r + 1) : plainRows(body, columns, r + 1);
    const above = grid
      .slice(0, r)
      .map((row) => [...new Set(row.map(cellText).filter((text) => text !== ""))])
      .find((texts) => texts.length > 0);
    return result.ok && above?.length === 1 ? { ...result, title: above[0] } : result;
  }
  return { ok: false, error: 'no header row naming the "Measure" and "KPI" columns' };
}

/**
 * The Chinese text for each of a row's `count` KPIs: the Chinese cell split at its ➤ as the KPI cell is.
 * When the two cells hold different numbers of bullets, which Chinese goes with which KPI is unknown, so
 * none is taken (the Chinese annex then flags those KPIs rather than pair them wrongly).
 */
function chineseTexts(
  row: ReadonlyArray<ListCell | undefined>,
  columns: Columns,
  count: number,
): (RichText | undefined)[] {
  if (columns.chinese === undefined) return [];
  const { lead, bullets } = splitBullets(row[columns.chinese]);
  const texts = [...(lead.length > 0 ? [lead] : []), ...bullets];
  return texts.length === count ? texts : [];
}

/** The grid row (0-based) of the header naming the Measure and KPI columns, if one is near the top. */
export function listHeaderRow(grid: ListGrid): number | undefined {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) if (headerColumns(grid[r])) return r;
  return undefined;
}

function plainRows(body: ListGrid, columns: Columns, offset: number): ListRowsResult {
  const headerRow = offset - 1;
  const rows: KpiListRow[] = [];
  let area = "";
  let measure = "";
  for (const [i, row] of body.entries()) {
    area = cellText(row[columns.area!]) || area;
    measure = cellText(row[columns.measure]) || measure;
    const { lead, bullets } = splitBullets(row[columns.kpi]);
    const texts = [...(lead.length > 0 ? [lead] : []), ...bullets];
    if (texts.length === 0) continue;
    if (area === "" || measure === "")
      return { ok: false, error: `row ${offset + i + 1}: a KPI before any area and measure` };
    const departments = columns.department === undefined ? "" : cellText(row[columns.department]);
    const chinese = chineseTexts(row, columns, texts.length);
    const chineseArea = columns.chineseArea === undefined ? "" : cellText(row[columns.chineseArea]);
    const chineseMeasure = columns.chineseMeasure === undefined ? "" : cellText(row[columns.chineseMeasure]);
    texts.forEach((text, k) =>
      rows.push({
        area,
        measure,
        ...(departments ? { departments } : {}),
        text: kpiText(text),
        ...(chinese[k] ? { chineseText: chinese[k] } : {}),
        ...(chineseArea ? { chineseArea } : {}),
        ...(chineseMeasure ? { chineseMeasure } : {}),
        gridRow: offset + i,
      }),
    );
  }
  return { ok: true, rows, headerRow };
}

interface AnnexKpi {
  area: string;
  measure: string;
  runs: TextRun[];
  chineseText?: RichText;
  chineseArea?: string;
  preamble?: RichText;
  gridRow: number;
}

function annexRows(body: ListGrid, columns: Columns, offset: number): ListRowsResult {
  const kpis: AnnexKpi[] = [];
  let area: string | undefined;
  let measure: string | undefined;
  let preamble: RichText | undefined;
  let measureHasKpi = false;
  let areas = 0;
  let chineseArea: string | undefined;
  for (const [i, row] of body.entries()) {
    const filled = row
      .map((cell, c) => (c === columns.chinese ? "" : cellText(cell)))
      .filter((text) => text !== "");
    if (filled.length === 0) continue;
    // An area heading spans the table: one cell, or the same text in every merged cell. "(C) …" alone on
    // a row may also be a measure whose bullets follow; a one-letter numeral is an area only if it is next.
    const numeral = readAreaLabel(filled[0]).numeral;
    if (
      numeral &&
      filled.every((text) => text === filled[0]) &&
      (numeral.length > 1 || fromRoman(numeral) === areas + 1)
    ) {
      area = filled[0];
      // The Chinese column of an area row holds the area's Chinese heading.
      chineseArea = (columns.chinese === undefined ? "" : cellText(row[columns.chinese])) || undefined;
      areas++;
      measure = undefined;
      continue;
    }
    const measureText = cellText(row[columns.measure]);
    const label = readMeasureLabel(measureText);
    if (label.letter) {
      if (measureText !== measure) {
        measure = measureText;
        preamble = undefined;
        measureHasKpi = false;
      }
    } else if (measureText !== "" && measure !== undefined && measureText !== measure) {
      // A title split by a page break: "Cyber-" + "security" joins without a space.
      const joined = measure.endsWith("-") ? measure + measureText : `${measure} ${measureText}`;
      for (const kpi of kpis) if (kpi.measure === measure) kpi.measure = joined;
      measure = joined;
    }
    const { lead, bullets } = splitBullets(row[columns.kpi]);
    if (lead.length === 0 && bullets.length === 0) continue;
    if (area === undefined)
      return { ok: false, error: `row ${offset + i + 1}: a KPI before any "(I) …" area row` };
    if (measure === undefined)
      return { ok: false, error: `row ${offset + i + 1}: a KPI before any "(A) …" measure` };
    if (lead.length > 0) {
      if (!measureHasKpi) preamble = lead;
      else kpis[kpis.length - 1].runs.push({ text: " " }, ...lead);
    }
    const chinese = chineseTexts(row, columns, bullets.length);
    for (const [k, bullet] of bullets.entries()) {
      kpis.push({
        area,
        measure,
        runs: [...bullet],
        ...(chinese[k] ? { chineseText: chinese[k] } : {}),
        ...(chineseArea ? { chineseArea } : {}),
        ...(preamble ? { preamble } : {}),
        gridRow: offset + i,
      });
      measureHasKpi = true;
    }
  }
  return {
    ok: true,
    headerRow: offset - 1,
    rows: kpis.map((kpi) => ({
      area: kpi.area,
      measure: kpi.measure,
      text: kpiText(tidyRuns(kpi.runs)),
      ...(kpi.chineseText ? { chineseText: kpi.chineseText } : {}),
      ...(kpi.chineseArea ? { chineseArea: kpi.chineseArea } : {}),
      ...(kpi.preamble ? { preamble: kpi.preamble } : {}),
      gridRow: kpi.gridRow,
    })),
  };
}
