import { formatPaperDate } from "../calendar";
import type { CellValue } from "../tracking/cell-value";
import type { KpiResult, ProgressEntry } from "../engine/types";
import type { Language } from "../language/language";
import type { KpiEntry, Register } from "../register/schema";
import { emphasiseFigures } from "./figure-emphasis";
import { wordingFor, type AnnexWording } from "./wording";
import type { Annex, AnnexLayout, AnnexProgress, AnnexRow } from "./model";
import { narrativeBullets } from "./narrative";

export interface BuildAnnexInput {
  register: Register;
  /** The officers' entries (tracking table or progress file). */
  entries?: readonly ProgressEntry[];
  /** The engine's verdicts, for the proposed status phrase. */
  results?: readonly KpiResult[];
  /** ISO date the progress is reported as at. */
  asAt: string;
  layout: AnnexLayout;
  /** The language the annex is written in; English when absent. */
  language?: Language;
}

export function progressColumnHeader(asAt: string): string {
  return `Latest Progress (as at ${formatPaperDate(asAt)})`;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === "boolean") return "";
  return String(value).trim();
}

function hasContent(entry: ProgressEntry): boolean {
  return [entry.actual, entry.completedOn, entry.reportedStatus, entry.latestProgress].some(
    (value) => cellText(value) !== "",
  );
}

/**
 * Precedence for a progress cell: an officer's entry (their Reported status, else the engine's
 * proposed phrase; their Latest progress as the narrative), then the paper's own progress, then
 * the engine's phrase alone.
 */
function progressFor(
  kpi: KpiEntry,
  entry: ProgressEntry | undefined,
  result: KpiResult | undefined,
  wording: AnnexWording,
): AnnexProgress | undefined {
  const proposed = result ? wording.proposed(result) : "";
  if (entry && hasContent(entry)) {
    const typed = cellText(entry.reportedStatus);
    const phrase = (typed && wording.reported(typed)) || proposed || kpi.progress?.statusPhrase || "";
    const narrative = narrativeBullets(cellText(entry.latestProgress));
    if (phrase !== "" || narrative.length > 0) {
      return { statusPhrase: phrase === "" ? [] : emphasiseFigures(phrase), narrative, source: "officer" };
    }
  }
  if (kpi.progress) return wording.paperProgress(kpi, kpi.progress);
  if (proposed !== "") return { statusPhrase: emphasiseFigures(proposed), narrative: [], source: "engine" };
  return undefined;
}

function firstById<T>(items: readonly T[], idOf: (item: T) => string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item).trim();
    if (!byId.has(id)) byId.set(id, item);
  }
  return byId;
}

export function buildAnnex(input: BuildAnnexInput): Annex {
  const { register, asAt, layout } = input;
  const language = input.language ?? "en";
  const wording = wordingFor(register, language);
  // One row per KPI: where a KPI was entered twice, the first row counts (validation flags the second).
  const entries = firstById(input.entries ?? [], (entry) => entry.kpiId);
  const results = firstById(input.results ?? [], (result) => result.kpiId);
  const withProgress = layout === "progress-report";

  const row = (kpi: KpiEntry): AnnexRow => {
    const base: AnnexRow = { kpiId: kpi.id, kpi: wording.kpi(kpi) };
    if (!withProgress) return base;
    const progress = progressFor(kpi, entries.get(kpi.id), results.get(kpi.id), wording);
    return progress ? { ...base, progress } : base;
  };

  const areas = register.areas.map((area) => ({
    numeral: area.numeral,
    ...wording.area(area),
    measures: area.measures.map((measure) => ({
      letter: measure.letter,
      ...wording.measure(measure),
      rows: measure.kpis.map(row),
    })),
  }));
  return {
    title: wording.title,
    layout,
    year: register.year,
    asAt,
    columns: wording.columns(withProgress, asAt),
    areas,
    language,
    untranslatedKpiIds: wording.untranslatedKpiIds(),
    untranslatedHeadings: wording.untranslatedHeadings(),
  };
}
