import type { CellValue } from "../tracking/cell-value";
import type { CompiledKpi } from "./compiled-target";
import type { FieldReading } from "./entry";
import type { PeriodSpan } from "./reporting-periods";

/**
 * What one validation run keeps so that rows repeating each other do not repeat the work: officers type
 * few distinct cells per KPI, and reason texts repeat from row to row. It is made when the run starts and
 * dropped with it, so within it the as-at date and tolerance are fixed and nothing outlives the run.
 */
export interface RunCache {
  kpis: Map<CompiledKpi, KpiMemo>;
  /** Day number -> "31 Oct 2024". */
  shortDates: Map<number, string>;
  /** Error texts by the cell that caused them: the same mistake on many rows shares one string. */
  completedOnErrors: Map<CellValue, string>;
  reportedStatusErrors: Map<CellValue, string>;
}

/** One KPI's entry cells already read, and the texts built for its rows. */
export interface KpiMemo {
  /** By target index. */
  targets: TargetMemo[];
  /** The reading of an empty cell: nothing for any part. */
  blank: FieldReading;
  actual: Map<CellValue, FieldReading>;
  completedOn: Map<CellValue, FieldReading>;
  reportedStatus: Map<CellValue, FieldReading>;
  /** The Expected column text last built, and the part texts it was built from. */
  expectedParts: string[];
  expectedText: string;
}

/**
 * A reason repeated on many rows is one string shared by every result that gives it, instead of a fresh
 * string tree per row that the garbage collector has to copy while the results live.
 */
export interface TargetMemo {
  /** The expected figure depends only on the as-at date, so its texts are built on the target's first row. */
  expected: ExpectedTexts | null;
  /** Recurring targets: the period containing the as-at date. */
  period: PeriodSpan | null;
  /** "name: reason" texts for KPIs with several targets, by the part's reason. */
  namedReasons: Map<string, string>;
  /** Error texts for Actual cells this target could not take, by the cell. */
  actualErrors: Map<CellValue, string>;
  /** Milestones: "reported as "Task delayed." (deadline ...)", by the phrase. */
  reportedReasons: Map<string, string>;
}

export interface ExpectedTexts {
  text: string;
  /** Reason when Actual is empty; null until first needed. */
  noActualReason: string | null;
  /** Reasons for an actual figure short of the target, by the figure. */
  shortfallReasons: Map<number, string>;
}

export function createRunCache(): RunCache {
  return {
    kpis: new Map(),
    shortDates: new Map(),
    completedOnErrors: new Map(),
    reportedStatusErrors: new Map(),
  };
}

/** The KPI's memo for this run, made on its first row. */
export function kpiMemo(cache: RunCache, kpi: CompiledKpi): KpiMemo {
  let memo = cache.kpis.get(kpi);
  if (memo === undefined) {
    memo = {
      targets: kpi.targets.map(() => ({
        expected: null,
        period: null,
        namedReasons: new Map(),
        actualErrors: new Map(),
        reportedReasons: new Map(),
      })),
      blank: { values: new Array<null>(kpi.targets.length).fill(null), errors: null },
      actual: new Map(),
      completedOn: new Map(),
      reportedStatus: new Map(),
      // Stryker disable next-line ArrayDeclaration: equivalent, no part text is the mutant's placeholder, so the first row builds its text either way.
      expectedParts: [],
      expectedText: "",
    };
    cache.kpis.set(kpi, memo);
  }
  return memo;
}
