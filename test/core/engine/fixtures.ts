import type { KpiEntry, Register, Target } from "../../../src/core/register/schema";
import type { CellValue } from "../../../src/core/tracking/cell-value";
import type { ProgressEntry } from "../../../src/core/engine/types";

export function deadline(start: string, end: string, text = `by ${end}`) {
  return { text, start, end };
}

export function kpi(id: string, targets: Target[]): KpiEntry {
  return { id, departments: ["FSD"], text: [{ text: `KPI ${id}` }], targets };
}

/** A register that passes loadRegister: KPIs grouped into measures by the letter in their ids. */
export function register(kpis: KpiEntry[], year = 2024): Register {
  const letters = [...new Set(kpis.map((k) => k.id.split("-")[1]))];
  const measures = letters.map((letter) => ({
    letter,
    title: `Measure ${letter}`,
    kpis: kpis.filter((k) => k.id.split("-")[1] === letter),
  }));
  return {
    schemaVersion: 1,
    year,
    title: "Test KPIs",
    source: "test",
    listStart: `${year}-01-01`,
    areas: [{ numeral: "I", title: "Area", measures }],
  };
}

export function entry(
  kpiId: string,
  fields: {
    actual?: CellValue;
    completedOn?: CellValue;
    reportedStatus?: CellValue;
    latestProgress?: CellValue;
  } = {},
): ProgressEntry {
  return {
    kpiId,
    actual: fields.actual ?? null,
    completedOn: fields.completedOn ?? null,
    reportedStatus: fields.reportedStatus ?? null,
    latestProgress: fields.latestProgress ?? null,
  };
}

/** 750 proactive inspections by end-2024 (the 2023 paper's KPI E). */
export const INSPECTIONS: Target = {
  kind: "count",
  unit: "proactive inspections",
  quantity: 750,
  deadline: deadline("2024-01-01", "2024-12-31", "by end-2024"),
};

/** "100 training sessions for students ... and 200 training sessions for the public" within 2024. */
export const TRAINING_SESSIONS: Target[] = [
  {
    kind: "count",
    label: "tertiary sessions",
    unit: "training sessions",
    quantity: 100,
    deadline: deadline("2024-01-01", "2024-12-31"),
  },
  {
    kind: "count",
    label: "public sessions",
    unit: "training sessions",
    quantity: 200,
    deadline: deadline("2024-01-01", "2024-12-31"),
  },
];
