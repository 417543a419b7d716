import type { KpiEntry, Register, Target } from "../../../src/core/register/schema";
import type { CellValue } from "../../../src/core/tracking/cell-value";
import type { KpiResult, ProgressEntry } from "../../../src/core/engine/types";
import { validateKpi } from "../../../src/core/engine/validate-progress";

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

/** A KPI of one target judged on one entry as at the date, with the paper's 10% tolerance unless given. */
export function judgeOne(
  target: Target,
  asAt: string,
  fields: Parameters<typeof entry>[1] = {},
  tolerance = 0.1,
): KpiResult {
  return validateKpi(kpi("2024-A-1", [target]), entry("2024-A-1", fields), { asAt, tolerance });
}

/** IDYL (2022): from 250 members in July 2022 to 400 by end-2022, and then to 600 by end-2025. */
export const IDYL_MEMBERS: Target = {
  kind: "staged",
  unit: "members",
  baseline: 250,
  stages: [
    { quantity: 400, deadline: deadline("2022-07-01", "2022-12-31") },
    { quantity: 600, deadline: deadline("2022-07-01", "2025-12-31") },
  ],
};

/** "3 000 appeal cases each year" from 2023 (2022-C-2's second target). */
export const APPEALS_EACH_YEAR: Target = {
  kind: "recurring",
  unit: "appeal cases",
  quantity: 3000,
  period: "year",
  aggregate: "total",
  window: { text: "each year starting from 2023", start: "2023-01-01" },
};

/** 10 primary schools a month on average in the 2023/24 school year. */
export const SCHOOLS_A_MONTH: Target = {
  kind: "recurring",
  unit: "primary schools",
  quantity: 10,
  period: "month",
  aggregate: "average",
  window: { text: "in the 2023/24 school year", start: "2023-09-01", end: "2024-08-31" },
};
