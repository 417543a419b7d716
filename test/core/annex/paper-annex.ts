/**
 * An independent reading of the paper's Annex I for the reproduction test: it does not share code with
 * the register's extraction script, so a mistake there shows up here as a difference.
 */
import * as fs from "fs";
import * as path from "path";

export const SOURCE_PATH = path.resolve(__dirname, "../../../seeds/source/security-bureau-2023-11.txt");

export interface PaperLine {
  text: string;
  /** The bold stretches of the line, in order. */
  bold: string[];
}

export interface PaperMeasure {
  heading: string;
  preamble: PaperLine | null;
  kpis: PaperLine[];
  progress: PaperLine[];
}

export interface PaperArea {
  heading: string;
  measures: PaperMeasure[];
}

export interface PaperAnnex {
  title: string;
  header: string[];
  areas: PaperArea[];
}

const BOLD_ON = "\uE000";
const BOLD_OFF = "\uE001";
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** HTML fragment -> text with bold marks, entities decoded and markdown escapes ("HK\$") removed. */
function cellText(html: string): string {
  return html
    .replace(/<b>/g, BOLD_ON)
    .replace(/<\/b>/g, BOLD_OFF)
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\\([$*_\\])/g, "$1");
}

export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function toLine(marked: string): PaperLine {
  const bold: string[] = [];
  const pattern = new RegExp(`${BOLD_ON}([^${BOLD_OFF}]*)${BOLD_OFF}`, "g");
  for (const match of marked.matchAll(pattern)) {
    const piece = squash(match[1]);
    if (piece !== "") bold.push(piece);
  }
  return { text: squash(marked.replace(/[\uE000\uE001]/g, "")), bold };
}

/** Joined cell texts -> text before the first bullet, and one line per "➤". */
function bullets(joined: string): { lead: PaperLine | null; lines: PaperLine[] } {
  const [lead, ...rest] = joined.split("\u27A4");
  const leadLine = toLine(lead);
  return { lead: leadLine.text === "" ? null : leadLine, lines: rest.map(toLine) };
}

export function readPaperAnnex(source: string, year: number): PaperAnnex {
  const lines = source.split("\n");
  const titlePattern = /^\*\*(Key Performance Indicators .*\((\d{4})\))\*\*\s*$/;
  const start = lines.findIndex((line) => titlePattern.exec(line.trim())?.[2] === String(year));
  if (start === -1) throw new Error(`no annex for ${year}`);
  const title = titlePattern.exec(lines[start].trim())![1];
  let header: string[] = [];
  const areas: PaperArea[] = [];
  const kpiCells = new Map<PaperMeasure, string[]>();
  const progressCells = new Map<PaperMeasure, string[]>();
  let measure: PaperMeasure | undefined;
  let measureCell = "";

  for (const line of lines.slice(start + 1)) {
    if (titlePattern.test(line.trim())) break;
    if (!line.includes("\t")) continue;
    const cells = line.split("\t");
    if (cells[0] === "Measures") {
      header = cells.map(squash);
      continue;
    }
    const [first, kpi = "", progress = ""] = cells;
    const firstText = squash(cellText(first).replace(/[\uE000\uE001]/g, ""));
    if (/^\([IVXLC]+\) /.test(firstText) && squash(kpi) === "" && squash(progress) === "") {
      areas.push({ heading: firstText, measures: [] });
      measure = undefined;
      continue;
    }
    if (/^\([A-Z]\) ?/.test(firstText)) {
      measure = { heading: firstText, preamble: null, kpis: [], progress: [] };
      measureCell = firstText;
      areas[areas.length - 1].measures.push(measure);
      kpiCells.set(measure, []);
      progressCells.set(measure, []);
    } else if (measure && firstText !== "") {
      // A measure title continued after a page break; "Cyber-" + "security" joins without a space.
      measureCell = measureCell.endsWith("-") ? measureCell + firstText : `${measureCell} ${firstText}`;
      measure.heading = measureCell;
    }
    if (!measure) throw new Error(`row outside a measure: ${line.slice(0, 80)}`);
    kpiCells.get(measure)!.push(cellText(kpi));
    progressCells.get(measure)!.push(cellText(progress));
  }

  for (const area of areas) {
    for (const m of area.measures) {
      const kpis = bullets(kpiCells.get(m)!.join(" "));
      m.preamble = kpis.lead;
      m.kpis = kpis.lines;
      const progress = bullets(progressCells.get(m)!.join(" "));
      if (progress.lead) throw new Error(`${m.heading}: progress text before the first bullet`);
      m.progress = progress.lines;
    }
  }
  return { title, header, areas };
}

export function readPaperSource(): string {
  return fs.readFileSync(SOURCE_PATH, "utf8");
}
