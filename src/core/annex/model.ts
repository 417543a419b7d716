import type { Language } from "../language/language";
import type { RichText } from "../register/schema";

/** "kpi-list": Measures | KPIs (as Annex II). "progress-report": with Latest Progress (as Annex I). */
export const ANNEX_LAYOUTS = ["kpi-list", "progress-report"] as const;
export type AnnexLayout = (typeof ANNEX_LAYOUTS)[number];

export function isAnnexLayout(value: unknown): value is AnnexLayout {
  return typeof value === "string" && (ANNEX_LAYOUTS as readonly string[]).includes(value);
}

/** Where a row's latest progress came from. */
export type ProgressSource = "officer" | "paper" | "engine";

export interface AnnexProgress {
  /** The first bullet of the cell, e.g. "Task completed.". */
  statusPhrase: RichText;
  /** The bullets after the status phrase. */
  narrative: RichText[];
  source: ProgressSource;
}

/** One KPI: one bullet in the KPIs column and, in a progress report, its progress cell. */
export interface AnnexRow {
  kpiId: string;
  kpi: RichText;
  /** Absent in a KPI list, and in a progress report where nothing is known about the KPI. */
  progress?: AnnexProgress;
}

export interface AnnexMeasure {
  letter: string;
  title: string;
  /** "(A) Safeguarding national security", as printed in the merged Measures cell. */
  heading: string;
  /** Printed in the KPIs cell before the first bullet. */
  preamble?: RichText;
  rows: AnnexRow[];
}

export interface AnnexArea {
  numeral: string;
  title: string;
  /** "(I) Safeguarding Our Country and Home", the bold row spanning the table. */
  heading: string;
  measures: AnnexMeasure[];
}

export interface Annex {
  title: string;
  layout: AnnexLayout;
  year: number;
  /** ISO date of the progress column. */
  asAt: string;
  /** "Measures", "KPIs" and, in a progress report, "Latest Progress (as at 30 September 2023)". */
  columns: string[];
  areas: AnnexArea[];
  /** The language the annex is written in. */
  language: Language;
  /** KPIs a Chinese annex has no Chinese text for (flagged, never shown in English silently); [] in English. */
  untranslatedKpiIds: string[];
  /** Headings a Chinese annex has no Chinese for: "title", an area's "(I)", a measure's "(A)"; [] in English. */
  untranslatedHeadings: string[];
}

/** The bullet glyph the paper uses for every KPI and progress line. */
export const BULLET = "\u27A4";

/**
 * The worksheet an annex is written to: "Annex 2023", and 「附件 2023」 for the Chinese annex, so that
 * writing one never replaces the other.
 */
export function annexSheetName(year: number, language: Language = "en"): string {
  return language === "zh-HK" ? `附件 ${year}` : `Annex ${year}`;
}
