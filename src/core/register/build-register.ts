import { readKpiText } from "../target-parser/parse-targets";
import { departmentsNamedIn } from "./department-mentions";
import { boldRuns } from "./bold-runs";
import { kpiPlainText } from "./kpi-text";
import {
  fromRoman,
  headingKey,
  readAreaLabel,
  readDepartments,
  readMeasureLabel,
  toRoman,
} from "./list-labels";
import { loadRegister } from "./load";
import { describeReading } from "./reading";
import type { Department, KpiEntry, Register, RichText, Target } from "./schema";

/** One KPI of a published list, as a department or the paper gives it. */
export interface KpiListRow {
  /** "(I) Safeguarding Our Country and Home", or the title alone (numbered in order of appearance). */
  area: string;
  /** "(A) Safeguarding national security", or the title alone (lettered in order of appearance). */
  measure: string;
  /** "FSD, ImmD"; empty or absent: the departments the text names. */
  departments?: string;
  /** Plain text (bold runs inferred) or the paper's runs (kept as printed). */
  text: string | RichText;
  /** Text printed before the measure's first bullet; the first one given is kept. */
  preamble?: RichText;
  /** Targets a reader set where the language is too loose to read. */
  handSet?: { reason: string; targets: Target[] };
  /** The KPI's Chinese text, for the Chinese annex. */
  chineseText?: RichText;
  /** The Chinese titles of its area and measure; the first one given for each is kept. */
  chineseArea?: string;
  chineseMeasure?: string;
  /** Where the KPI stands in a pasted list (0-based grid row), so its reading can be written beside it. */
  gridRow?: number;
}

export interface KpiListFacts {
  /** The year the KPIs are for. */
  year: number;
  /** The day the Policy Address announced the list: every deadline that states no start opens here. */
  announced: string;
  title?: string;
  source?: string;
  progressAsAt?: string;
}

/** What the builder read in one KPI, in plain words. */
export interface KpiReading {
  id: string;
  text: string;
  /** One line per target: "count: 750 proactive inspections by 31 Dec 2024". */
  targets: string[];
  /** Why the text could not be read; the KPI is then kept with one ongoing target. */
  needsReading?: string;
  /** The row's `gridRow`, when it had one. */
  gridRow?: number;
}

export type RegisterBuild =
  | { ok: true; register: Register; readings: KpiReading[]; needsReading: number }
  | { ok: false; errors: string[] };

interface DraftMeasure {
  letter: string;
  title: string;
  chineseTitle?: string;
  preamble?: RichText;
  kpis: KpiEntry[];
}
interface DraftArea {
  numeral: string;
  title: string;
  chineseTitle?: string;
  measures: DraftMeasure[];
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A Chinese heading as typed, "(一)" or "(A)" before it dropped (the annex numbers headings itself). */
function chineseTitle(heading: string | undefined): string | undefined {
  const title = heading
    ?.replace(/\s+/g, " ")
    .trim()
    .replace(/^[(（][^)）]*[)）]\s*/, "");
  return title === "" ? undefined : title;
}

/**
 * Turns a KPI list into a register: areas and measures in order of first appearance (a heading pasted
 * twice is one), ids `<year>-<letter>-<n>`, targets and deadlines read from each KPI's text. A KPI whose
 * text cannot be read is kept with one ongoing target and marked `needsReading`, never guessed.
 */
export function buildRegister(rows: ReadonlyArray<KpiListRow>, facts: KpiListFacts): RegisterBuild {
  const errors: string[] = [];
  const areas: DraftArea[] = [];
  const areaByKey = new Map<string, DraftArea>();
  const measureByKey = new Map<string, DraftMeasure>();
  const readings: KpiReading[] = [];
  let nextNumeral = 1;
  let nextLetter = 0;

  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    const areaLabel = readAreaLabel(row.area);
    const measureLabel = readMeasureLabel(row.measure);
    if (areaLabel.title === "") return errors.push(`${where}: no area`);
    if (measureLabel.title === "") return errors.push(`${where}: no measure`);

    const areaKey = areaLabel.numeral ?? headingKey(areaLabel.title);
    let area = areaByKey.get(areaKey) ?? areaByKey.get(headingKey(areaLabel.title));
    if (!area) {
      const numeral = areaLabel.numeral ?? toRoman(nextNumeral);
      area = { numeral, title: areaLabel.title, measures: [] };
      nextNumeral = Math.max(nextNumeral, fromRoman(numeral) + 1);
      areas.push(area);
      areaByKey.set(areaKey, area);
      areaByKey.set(headingKey(areaLabel.title), area);
    }

    const measureKey = measureLabel.letter ?? headingKey(measureLabel.title);
    let measure = measureByKey.get(measureKey) ?? measureByKey.get(headingKey(measureLabel.title));
    if (!measure) {
      const letter = measureLabel.letter ?? LETTERS[nextLetter];
      if (letter === undefined) return errors.push(`${where}: more than 26 measures`);
      measure = { letter, title: measureLabel.title, kpis: [] };
      nextLetter = Math.max(nextLetter, LETTERS.indexOf(letter) + 1);
      area.measures.push(measure);
      measureByKey.set(measureKey, measure);
      measureByKey.set(headingKey(measureLabel.title), measure);
    }
    if (row.preamble && !measure.preamble) measure.preamble = row.preamble;
    area.chineseTitle ??= chineseTitle(row.chineseArea);
    measure.chineseTitle ??= chineseTitle(row.chineseMeasure);

    const plain =
      typeof row.text === "string" ? row.text.replace(/\s+/g, " ").trim() : kpiPlainText(row.text);
    if (plain === "") return errors.push(`${where}: no KPI text`);

    let departments: Department[] = departmentsNamedIn(plain);
    if (row.departments !== undefined && row.departments.trim() !== "") {
      const named = readDepartments(row.departments);
      if (!named.ok) return errors.push(`${where}: ${named.error}`);
      departments = named.departments;
    }

    const id = `${facts.year}-${measure.letter}-${measure.kpis.length + 1}`;
    const read = readKpiText(plain, facts.announced);
    const text: RichText =
      typeof row.text !== "string"
        ? row.text
        : read.ok
          ? boldRuns(read.text, read.emphasis)
          : [{ text: plain }];
    const targets: Target[] = row.handSet?.targets ?? (read.ok ? read.targets : [{ kind: "ongoing" }]);
    // The reason quotes the whole text; the KPI already holds it.
    const needsReading =
      !row.handSet && !read.ok ? { reason: read.error.replace(/ \(in ".*"\)$/s, "") } : undefined;
    measure.kpis.push({
      id,
      departments,
      text,
      targets,
      ...(row.handSet ? { handSet: { reason: row.handSet.reason } } : {}),
      ...(needsReading ? { needsReading } : {}),
      ...(row.chineseText && row.chineseText.length > 0 ? { chinese: { text: row.chineseText } } : {}),
    });
    readings.push({
      id,
      text: plain,
      targets: needsReading ? [] : targets.map(describeReading),
      ...(needsReading ? { needsReading: needsReading.reason } : {}),
      ...(row.gridRow !== undefined ? { gridRow: row.gridRow } : {}),
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (areas.length === 0) return { ok: false, errors: ["the list has no KPIs"] };

  const needsReading = readings.filter((reading) => reading.needsReading !== undefined).length;
  const draft: Register = {
    schemaVersion: 1,
    year: facts.year,
    title: facts.title ?? `Key Performance Indicators (${facts.year})`,
    source:
      facts.source ??
      `KPI list for ${facts.year}. listStart ${facts.announced}: the day the Policy Address announced the list.`,
    listStart: facts.announced,
    ...(facts.progressAsAt ? { progressAsAt: facts.progressAsAt } : {}),
    ...(needsReading > 0 ? { needsReading } : {}),
    areas: areas.map((area) => ({
      numeral: area.numeral,
      title: area.title,
      measures: area.measures.map((measure) => ({
        letter: measure.letter,
        title: measure.title,
        ...(measure.preamble ? { preamble: measure.preamble } : {}),
        kpis: measure.kpis,
        ...(measure.chineseTitle ? { chinese: { title: measure.chineseTitle } } : {}),
      })),
      ...(area.chineseTitle ? { chinese: { title: area.chineseTitle } } : {}),
    })),
  };
  const loaded = loadRegister(draft);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  // Readings in print order: a measure pasted twice lists all its KPIs together.
  const order = new Map(
    loaded.register.areas
      .flatMap((area) => area.measures.flatMap((measure) => measure.kpis.map((kpi) => kpi.id)))
      .map((id, index) => [id, index]),
  );
  readings.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { ok: true, register: loaded.register, readings, needsReading };
}
