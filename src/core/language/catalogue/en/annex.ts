/** The annex as printed in the paper: its column headings, and the mark on text that has no translation. */
export const ANNEX_PAPER_EN = {
  "annex-paper.column.measures": "Measures",
  "annex-paper.column.kpis": "KPIs",
  "annex-paper.column.progress": "Latest Progress (as at {date})",
  "annex-paper.untranslated": "[No Chinese text]",
  "annex-paper.untranslated-warning":
    "{count} KPIs or headings have no Chinese text; the annex marks them and shows their English: {ids}",
} as const;
