import type { Annex } from "../core/annex/model";

/** Excel on Mac runs the pane in WKWebView, where a Blob download does nothing. */
export const MAC_PLATFORM = "Mac";

/** The file name the pane gives a Word annex, and the command line writes the same; a Chinese one says so. */
export function wordAnnexFileName(annex: Annex): string {
  return `annex-${annex.year}-${annex.layout}${annex.language === "zh-HK" ? "-zh-HK" : ""}.docx`;
}

/** The command that makes the same Word annex from the saved workbook. */
export function wordAnnexCommand(annex: Annex): string {
  return [
    "npx kpi-tracker annex",
    `"<this workbook>.xlsx"`,
    `--register seeds/kpis-${annex.year}.json`,
    `--as-at ${annex.asAt}`,
    `--layout ${annex.layout}`,
    ...(annex.language === "zh-HK" ? ["--lang zh-HK"] : []),
    `--out ${wordAnnexFileName(annex)}`,
  ].join(" ");
}
