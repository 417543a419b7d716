/** A self-contained HTML page of the annex (for `--out annex.html`, e-mail or a browser's Print to PDF). */
import type { Annex, AnnexMeasure } from "../core/annex/model";
import { BULLET } from "../core/annex/model";
import { progressLines } from "../core/annex/progress-lines";
import type { RichText } from "../core/register/schema";
import { xmlSafe } from "./xml-text";

const STYLE = `
@page { size: A4 portrait; margin: 2cm; }
body { font-family: "Times New Roman", "PMingLiU", "Noto Serif CJK TC", serif; font-size: 11pt; margin: 2em; }
h1 { font-size: 11pt; text-align: center; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { text-align: center; vertical-align: middle; }
tr { break-inside: auto; }
tr.area td { font-weight: bold; break-after: avoid; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding-left: 1.4em; text-indent: -1.4em; margin-bottom: 3pt; }
li::before { content: "${BULLET}"; display: inline-block; width: 1.4em; text-indent: 0; }
p { margin: 0 0 3pt 0; }
`;

const WIDTHS: Record<Annex["layout"], string[]> = {
  "kpi-list": ["27%", "73%"],
  "progress-report": ["20%", "40%", "40%"],
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function runsHtml(runs: RichText): string {
  return runs.map((run) => (run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text))).join("");
}

function bulletList(lines: RichText[]): string {
  if (lines.length === 0) return "";
  return `<ul>${lines.map((line) => `<li>${runsHtml(line)}</li>`).join("")}</ul>`;
}

function measureRows(annex: Annex, measure: AnnexMeasure): string[] {
  return measure.rows.map((row, index) => {
    const cells: string[] = [];
    if (index === 0) cells.push(`<td rowspan="${measure.rows.length}">${escapeHtml(measure.heading)}</td>`);
    const preamble = index === 0 && measure.preamble ? `<p>${runsHtml(measure.preamble)}</p>` : "";
    cells.push(`<td>${preamble}${bulletList([row.kpi])}</td>`);
    if (annex.layout === "progress-report") cells.push(`<td>${bulletList(progressLines(row.progress))}</td>`);
    return `<tr>${cells.join("")}</tr>`;
  });
}

export function annexHtml(typed: Annex): string {
  const annex = xmlSafe(typed);
  const columns = WIDTHS[annex.layout].map((width) => `<col style="width:${width}">`).join("");
  const header = annex.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("");
  const body: string[] = [];
  for (const area of annex.areas) {
    body.push(`<tr class="area"><td colspan="${annex.columns.length}">${escapeHtml(area.heading)}</td></tr>`);
    for (const measure of area.measures) body.push(...measureRows(annex, measure));
  }
  return [
    "<!DOCTYPE html>",
    `<html lang="${annex.language === "zh-HK" ? "zh-HK" : "en"}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(annex.title)}</title><style>${STYLE}</style></head>`,
    `<body><h1>${escapeHtml(annex.title)}</h1>`,
    `<table><colgroup>${columns}</colgroup><thead><tr>${header}</tr></thead>`,
    `<tbody>${body.join("\n")}</tbody></table></body></html>`,
    "",
  ].join("\n");
}
