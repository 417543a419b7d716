/**
 * The annex as a Word document, with the paper's bold runs. Browser-safe (no Node APIs): the task
 * pane lazy-loads this module, the command line writes the bytes to a file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Annex, AnnexMeasure, AnnexRow } from "../core/annex/model";
import { progressLines } from "../core/annex/progress-lines";
import type { RichText } from "../core/register/schema";
import { xmlSafe } from "./xml-text";

/**
 * Latin text in Times New Roman as the paper prints it; Chinese text (names, quoted titles) in
 * PMingLiU, the Traditional Chinese font Hong Kong Government documents use. Word picks the font per
 * character from the eastAsia slot, so one run can mix both.
 */
export const ANNEX_FONT = {
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
  cs: "Times New Roman",
  eastAsia: "PMingLiU",
} as const;
const BULLET_FONT = "Segoe UI Symbol";
const FONT_SIZE = 22; // half-points: 11 pt

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 }; // 2 cm
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Share of the text width per column, from the paper's proportions. */
const COLUMN_SHARES: Record<Annex["layout"], number[]> = {
  "kpi-list": [0.27, 0.73],
  "progress-report": [0.2, 0.4, 0.4],
};

const BULLETS = "annex-bullets";
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS = { top: line, bottom: line, left: line, right: line };
const CELL_MARGINS = { top: 57, bottom: 57, left: 85, right: 85 };

export function columnWidths(layout: Annex["layout"]): number[] {
  return COLUMN_SHARES[layout].map((share) => Math.round(share * TEXT_WIDTH));
}

function runs(text: RichText, bold = false): TextRun[] {
  return text.map((run) => new TextRun({ text: run.text, bold: bold || run.bold === true }));
}

function bullet(text: RichText): Paragraph {
  return new Paragraph({
    children: runs(text),
    numbering: { reference: BULLETS, level: 0 },
    spacing: { after: 60 },
  });
}

function cell(
  children: Paragraph[],
  width: number,
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {},
) {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph("")],
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    ...extra,
  });
}

function headerRow(annex: Annex, widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: annex.columns.map((header, index) =>
      cell(
        [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: header, bold: true })],
          }),
        ],
        widths[index],
        {
          verticalAlign: VerticalAlign.CENTER,
        },
      ),
    ),
  });
}

function areaRow(heading: string, widths: number[]): TableRow {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return new TableRow({
    cantSplit: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: heading, bold: true })] })], total, {
        columnSpan: widths.length,
      }),
    ],
  });
}

function kpiParagraphs(measure: AnnexMeasure, row: AnnexRow, first: boolean): Paragraph[] {
  const preamble =
    first && measure.preamble
      ? [new Paragraph({ children: runs(measure.preamble), spacing: { after: 60 } })]
      : [];
  return [...preamble, bullet(row.kpi)];
}

function measureRows(annex: Annex, measure: AnnexMeasure, widths: number[]): TableRow[] {
  return measure.rows.map((row, index) => {
    const cells: TableCell[] = [];
    if (index === 0) {
      cells.push(
        cell([new Paragraph({ children: [new TextRun(measure.heading)] })], widths[0], {
          rowSpan: measure.rows.length,
        }),
      );
    }
    cells.push(cell(kpiParagraphs(measure, row, index === 0), widths[1]));
    if (annex.layout === "progress-report")
      cells.push(cell(progressLines(row.progress).map(bullet), widths[2]));
    return new TableRow({ children: cells });
  });
}

/** The Chinese annex marks its East Asian text as Hong Kong Chinese (w:lang w:eastAsia), for Word's proofing and fonts. */
function languageOf(annex: Annex): { language?: { eastAsia: string } } {
  return annex.language === "zh-HK" ? { language: { eastAsia: "zh-HK" } } : {};
}

export function annexDocument(typed: Annex): Document {
  const annex = xmlSafe(typed);
  const widths = columnWidths(annex.layout);
  const rows = [headerRow(annex, widths)];
  for (const area of annex.areas) {
    rows.push(areaRow(area.heading, widths));
    for (const measure of area.measures) rows.push(...measureRows(annex, measure, widths));
  }
  return new Document({
    title: annex.title,
    creator: "KPI Tracker",
    styles: {
      default: {
        document: {
          run: { font: ANNEX_FONT, size: FONT_SIZE, ...languageOf(annex) },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "\u27A4",
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: { indent: { left: 340, hanging: 340 } },
                run: { font: BULLET_FONT },
              },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: annex.title, bold: true })],
          }),
          new Table({
            rows,
            layout: TableLayoutType.FIXED,
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
          }),
        ],
      },
    ],
  });
}

/** The .docx bytes; works in the task pane (browser) and in Node. */
export function annexDocx(annex: Annex): Promise<Uint8Array> {
  return Packer.pack(annexDocument(annex), "uint8array");
}
