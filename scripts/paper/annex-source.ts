/**
 * Reads the two KPI annexes out of the text extracted from the Security Bureau's PDF paper.
 * Used by the one-off extraction script; the committed seeds are the product.
 */
import type { RichText, TextRun } from "../../src/core/register/schema";

export interface AnnexRow {
  cells: string[];
}

export interface AnnexBounds {
  title: string;
  rows: AnnexRow[];
}

const ANNEX_TITLE = /^\*\*(Key Performance Indicators .*\((\d{4})\))\*\*$/;
const HEADER_ROW = /^Measures\tKPIs/;

/** Splits the paper into its annexes: each starts at its bold title line and runs to the next. */
export function readAnnexes(source: string): Map<number, AnnexBounds> {
  const annexes = new Map<number, AnnexBounds>();
  let current: AnnexBounds | undefined;
  for (const line of source.split("\n")) {
    const title = ANNEX_TITLE.exec(line.trim());
    if (title) {
      current = { title: title[1].replace(/\\/g, ""), rows: [] };
      annexes.set(Number(title[2]), current);
      continue;
    }
    if (!current || !line.includes("\t") || HEADER_ROW.test(line)) continue;
    current.rows.push({ cells: line.split("\t") });
  }
  return annexes;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** Decodes HTML entities and drops the Markdown escapes the PDF extraction added ("HK\\$540"). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]).replace(/\\([$*_])/g, "$1");
}

/** HTML cell -> runs, with the list markup removed and only <b> kept as emphasis. */
export function cellRuns(html: string): TextRun[] {
  const withoutLists = html.replace(/<\/?(ul|li|p)\b[^>]*>/g, " ");
  const runs: TextRun[] = [];
  let bold = false;
  for (const piece of withoutLists.split(/(<\/?b>)/)) {
    if (piece === "<b>") bold = true;
    else if (piece === "</b>") bold = false;
    else if (piece.length > 0)
      runs.push(bold ? { text: decodeEntities(piece), bold } : { text: decodeEntities(piece) });
  }
  if (runs.some((run) => /<[a-z/]/i.test(run.text))) throw new Error(`HTML left in cell: ${html}`);
  return runs;
}

/** Runs split at each "➤": `lead` is the text before the first bullet (a continuation or a preamble). */
export function splitBullets(runs: TextRun[]): { lead: TextRun[]; bullets: TextRun[][] } {
  const lead: TextRun[] = [];
  const bullets: TextRun[][] = [];
  for (const run of runs) {
    const parts = run.text.split("➤");
    parts.forEach((part, index) => {
      if (index > 0) bullets.push([]);
      const target = bullets.length === 0 ? lead : bullets[bullets.length - 1];
      if (part.length > 0) target.push({ ...run, text: part });
    });
  }
  return { lead, bullets };
}

/** Collapses whitespace, trims, moves edge spaces out of bold runs and merges neighbouring runs. */
export function normaliseRichText(runs: TextRun[]): RichText {
  const pieces: TextRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, " ");
    if (!run.bold) {
      pieces.push({ text });
      continue;
    }
    const core = text.trim();
    if (text.startsWith(" ")) pieces.push({ text: " " });
    if (core.length > 0) pieces.push({ text: core, bold: true });
    if (text.endsWith(" ") && core.length > 0) pieces.push({ text: " " });
  }
  const merged: TextRun[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && Boolean(last.bold) === Boolean(piece.bold)) last.text += piece.text;
    else merged.push({ ...piece });
  }
  for (const run of merged) run.text = run.text.replace(/\s+/g, " ");
  for (let i = 1; i < merged.length; i++) {
    if (merged[i - 1].text.endsWith(" ") && merged[i].text.startsWith(" "))
      merged[i].text = merged[i].text.slice(1);
  }
  if (merged.length > 0) {
    merged[0].text = merged[0].text.replace(/^ /, "");
    const last = merged[merged.length - 1];
    last.text = last.text.replace(/ $/, "");
  }
  const result = merged.filter((run) => run.text.length > 0);
  if (result.length === 0) throw new Error("empty text");
  return result;
}

export function plainText(runs: TextRun[]): string {
  return runs
    .map((run) => run.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
