import { formatDateAsPaper } from "../language/paper-date";
import { EN, type Catalogue } from "../language/catalogue/en";
import { ZH_HK } from "../language/catalogue/zh-hk";
import type { Language } from "../language/language";
import { fillTemplate } from "../language/message-template";
import { matchReportedPhrase, PROPOSED_PHRASES } from "../engine/phrases";
import type { KpiResult } from "../engine/types";
import type { Area, KpiEntry, Measure, PaperProgress, Register, RichText } from "../register/schema";
import { fromRoman } from "../register/list-labels";
import type { Status } from "../vocabulary";
import { emphasiseFigures } from "./figure-emphasis";
import type { AnnexProgress } from "./model";

/** How one language prints the register's text in the annex, and what it had no words for. */
export interface AnnexWording {
  title: string;
  columns(withProgress: boolean, asAt: string): string[];
  area(area: Area): { title: string; heading: string };
  measure(measure: Measure): { title: string; heading: string; preamble?: RichText };
  kpi(kpi: KpiEntry): RichText;
  /** The engine's proposed status phrase for its verdict. */
  proposed(result: KpiResult): string;
  /** An officer's Reported status as printed. */
  reported(typed: string): string;
  /** The paper's own progress for a KPI. */
  paperProgress(kpi: KpiEntry, progress: PaperProgress): AnnexProgress;
  untranslatedKpiIds(): string[];
  untranslatedHeadings(): string[];
}

function copyRuns(runs: RichText): RichText {
  return runs.map((run) => ({ ...run }));
}

function columnsIn(catalogue: Catalogue, language: Language) {
  return (withProgress: boolean, asAt: string): string[] => {
    const columns = [catalogue["annex-paper.column.measures"], catalogue["annex-paper.column.kpis"]];
    if (!withProgress) return columns;
    const date = formatDateAsPaper(asAt, language);
    return [...columns, fillTemplate(catalogue["annex-paper.column.progress"], { date })];
  };
}

export function englishWording(register: Register): AnnexWording {
  return {
    title: register.title,
    columns: columnsIn(EN, "en"),
    area: (area) => ({ title: area.title, heading: `(${area.numeral}) ${area.title}` }),
    measure: (measure) => ({
      title: measure.title,
      heading: `(${measure.letter}) ${measure.title}`,
      ...(measure.preamble ? { preamble: copyRuns(measure.preamble) } : {}),
    }),
    kpi: (kpi) => copyRuns(kpi.text),
    proposed: (result) => result.proposedPhrase.trim(),
    reported: (typed) => typed,
    paperProgress: (_kpi, progress) => ({
      statusPhrase: emphasiseFigures(progress.statusPhrase),
      narrative: progress.narrative.map(copyRuns),
      source: "paper",
    }),
    untranslatedKpiIds: () => [],
    untranslatedHeadings: () => [],
  };
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, as Chinese papers number their parts. */
export function chineseNumber(value: number): string {
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[value % 10]}`;
}

/** The status each standard Reported status phrase is the proposed phrase of ("Task delayed." -> overdue). */
function standardPhraseStatus(typed: string): Status | undefined {
  const phrase = matchReportedPhrase(typed);
  if (phrase === null) return undefined;
  const found = Object.entries(PROPOSED_PHRASES).find(([, proposed]) => proposed === phrase);
  return found?.[0] as Status | undefined;
}

/**
 * The Chinese annex: the register's Chinese text, headings numbered （一） for areas (as Chinese papers
 * number their parts) and （A） for measures (the letter the KPI ids carry). Text without Chinese is
 * printed after the mark 「［未有中文本］」 and listed, never shown in English silently.
 */
export function chineseWording(register: Register): AnnexWording {
  const mark = ZH_HK["annex-paper.untranslated"];
  const kpiIds = new Set<string>();
  const headings: string[] = [];
  const marked = (runs: RichText): RichText => [{ text: mark }, ...copyRuns(runs)];
  const heading = (label: string, english: string, chinese: string | undefined): string => {
    if (chinese !== undefined) return chinese;
    headings.push(label);
    return `${mark}${english}`;
  };

  const title = heading("title", register.title, register.chinese?.title);
  return {
    title,
    columns: columnsIn(ZH_HK, "zh-HK"),
    area: (area) => {
      const text = heading(`(${area.numeral})`, area.title, area.chinese?.title);
      return { title: text, heading: `（${chineseNumber(fromRoman(area.numeral))}）${text}` };
    },
    measure: (measure) => {
      const text = heading(`(${measure.letter})`, measure.title, measure.chinese?.title);
      const chinesePreamble = measure.chinese?.preamble;
      if (measure.preamble && !chinesePreamble && !headings.includes(`(${measure.letter})`))
        headings.push(`(${measure.letter})`);
      const preamble = chinesePreamble
        ? copyRuns(chinesePreamble)
        : measure.preamble && marked(measure.preamble);
      return { title: text, heading: `（${measure.letter}）${text}`, ...(preamble ? { preamble } : {}) };
    },
    kpi: (kpi) => {
      if (kpi.chinese) return copyRuns(kpi.chinese.text);
      kpiIds.add(kpi.id);
      return marked(kpi.text);
    },
    proposed: (result) => ZH_HK[`phrase.${result.status}`],
    reported: (typed) => {
      const status = standardPhraseStatus(typed);
      return status ? ZH_HK[`phrase.${status}`] : typed;
    },
    paperProgress: (kpi, progress) => {
      // The register holds the paper's progress in English only.
      kpiIds.add(kpi.id);
      return {
        statusPhrase: marked(emphasiseFigures(progress.statusPhrase)),
        narrative: progress.narrative.map(copyRuns),
        source: "paper",
      };
    },
    untranslatedKpiIds: () => [...kpiIds],
    untranslatedHeadings: () => [...headings],
  };
}

export function wordingFor(register: Register, language: Language): AnnexWording {
  return language === "zh-HK" ? chineseWording(register) : englishWording(register);
}
