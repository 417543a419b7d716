/**
 * An oracle that does not trust our parser. Each row below was read from the paper's KPI wording by a
 * person (the quoted words are the paper's), not produced by src/core/target-parser, and the shipped
 * seeds must match it. The reading conventions, stated once:
 * - "by end-2024", "by Q3 2024" with no start of their own run from the day the list was announced
 *   (Policy Address: 19 Oct 2022 for the 2022 list, 25 Oct 2023 for the 2023 list);
 * - "in 2024", "within 2024" run 1 Jan – 31 Dec; "in Q1 2024" 1 Jan – 31 Mar; "in early 2023" Jan – Apr;
 * - "the 2023/24 school year" 1 Sep 2023 – 31 Aug 2024; "the 2024/25 financial year" 1 Apr 2024 – 31 Mar 2025.
 * The second half computes statuses by hand for cases the paper never shows (off-track, overdue,
 * needs-review), with the arithmetic in comments, so that a lenient engine turns the suite red.
 */
import type { Status } from "../../../src/core/vocabulary";
import { validateProgress } from "../../../src/core/engine/validate-progress";
import type { KpiEntry, Register, Target } from "../../../src/core/register/schema";
import { entry } from "./fixtures";
import { loadSeed } from "../register/seed-files";

/** A target as a person writes it down: kind, the numbers, and the dates (ISO, inclusive). */
type HandTarget =
  | { kind: "milestone"; start: string; end: string }
  | { kind: "count"; quantity: number; baseline?: number; start: string; end: string }
  | { kind: "staged"; baseline: number; stages: Array<[quantity: number, end: string]>; start: string }
  | {
      kind: "recurring";
      quantity: number;
      per: string;
      aggregate: "total" | "average";
      from: string;
      to?: string;
    }
  | { kind: "reduction"; from: number; to: number; start: string; end: string }
  | { kind: "ongoing" };

const ANNEX_I: Record<string, HandTarget[]> = {
  // "A public consultation will be launched in early 2023"
  "2022-B-1": [{ kind: "milestone", start: "2023-01-01", end: "2023-04-30" }],
  // "not less than 1 500 appeal cases in 2022 and not less than 3 000 appeal cases each year starting from 2023"
  "2022-C-2": [
    { kind: "count", quantity: 1500, start: "2022-01-01", end: "2022-12-31" },
    { kind: "recurring", quantity: 3000, per: "year", aggregate: "total", from: "2023-01-01" },
  ],
  // "no less than 1 000 unsubstantiated claimants in 2022 and no less than 1 200 in 2023"
  "2022-C-3": [
    { kind: "count", quantity: 1000, start: "2022-01-01", end: "2022-12-31" },
    { kind: "count", quantity: 1200, start: "2023-01-01", end: "2023-12-31" },
  ],
  // "not less than 12 000 operations ... every year"
  "2022-C-4": [{ kind: "recurring", quantity: 12000, per: "year", aggregate: "total", from: "2022-10-19" }],
  // "increase the detention capacity ... by 240 ... in the first half of 2023"
  "2022-C-5": [{ kind: "count", quantity: 240, start: "2023-01-01", end: "2023-06-30" }],
  // "To implement the amended Dangerous Drugs Ordinance ... in early 2023"
  "2022-D-1": [{ kind: "milestone", start: "2023-01-01", end: "2023-04-30" }],
  // "complete the public consultation ... by end-2022"
  "2022-E-1": [{ kind: "milestone", start: "2022-10-19", end: "2022-12-31" }],
  // "40 training sessions ... for some 1 500 teachers ... by April 2023"
  "2022-F-1": [
    { kind: "count", quantity: 40, start: "2022-10-19", end: "2023-04-30" },
    { kind: "count", quantity: 1500, start: "2022-10-19", end: "2023-04-30" },
  ],
  // "increase the number of publicly accessible AEDs by some 1 500 sets in three years"
  "2022-F-3": [{ kind: "count", quantity: 1500, start: "2022-10-19", end: "2025-10-18" }],
  // "distribute fire extinguishers ... by end-2022"
  "2022-F-4": [{ kind: "milestone", start: "2022-10-19", end: "2022-12-31" }],
  // "Introduce the Intelligent Life Locator ... in Q4 2022"
  "2022-F-9": [{ kind: "milestone", start: "2022-10-01", end: "2022-12-31" }],
  // "sign a memorandum of understanding ... in October 2022"
  "2022-G-2": [{ kind: "milestone", start: "2022-10-01", end: "2022-10-31" }],
  // "the first two centres ... by end-2022, and the other two ... by Q1 2023"
  "2022-G-5": [
    {
      kind: "staged",
      baseline: 0,
      start: "2022-10-19",
      stages: [
        [2, "2022-12-31"],
        [4, "2023-03-31"],
      ],
    },
  ],
  // "Commission an engineering feasibility study ... in Q1 2023"
  "2022-J-1": [{ kind: "milestone", start: "2023-01-01", end: "2023-03-31" }],
  // "18 exhibitions/talks a year to reach out some 4 800 people"
  "2022-K-1": [
    { kind: "recurring", quantity: 18, per: "year", aggregate: "total", from: "2022-10-19" },
    { kind: "recurring", quantity: 4800, per: "year", aggregate: "total", from: "2022-10-19" },
  ],
  // "forecast crime trends in 2024"
  "2022-M-4": [{ kind: "milestone", start: "2024-01-01", end: "2024-12-31" }],
  // "about 10 000 members ... by end- 2023"
  "2022-N-3": [{ kind: "count", quantity: 10000, start: "2022-10-19", end: "2023-12-31" }],
  // "at least 1 000 Junior Police Call (“JPC”) members ... in the 2022/23 school year"
  "2022-N-5": [{ kind: "count", quantity: 1000, start: "2022-09-01", end: "2023-08-31" }],
  // "from 250 in July 2022 to 400 by end-2022, and then to 600 by end-2025"
  "2022-N-8": [
    {
      kind: "staged",
      baseline: 250,
      start: "2022-10-19",
      stages: [
        [400, "2022-12-31"],
        [600, "2025-12-31"],
      ],
    },
  ],
  // "at least 100 internship places ... in 2023"
  "2022-N-10": [{ kind: "count", quantity: 100, start: "2023-01-01", end: "2023-12-31" }],
  // "To eliminate terrorist attacks ..." has no date or number
  "2022-A-1": [{ kind: "ongoing" }],
};

const ANNEX_II: Record<string, HandTarget[]> = {
  // "with a view to completing the work within 2024"
  "2023-A-1": [{ kind: "milestone", start: "2024-01-01", end: "2024-12-31" }],
  // "about 20 000 participants ... by end-2024"
  "2023-B-1": [{ kind: "count", quantity: 20000, start: "2023-10-25", end: "2024-12-31" }],
  // "two large-scale joint exercises ... within 2024"
  "2023-C-2": [{ kind: "count", quantity: 2, start: "2024-01-01", end: "2024-12-31" }],
  // "100 000 citizens in the three years by mid-2026"
  "2023-D-1": [{ kind: "count", quantity: 100000, start: "2023-07-01", end: "2026-06-30" }],
  // "750 proactive inspections ... by end-2024"
  "2023-E-1": [{ kind: "count", quantity: 750, start: "2023-10-25", end: "2024-12-31" }],
  // "Starting from the 2024/25 financial year"
  "2023-G-1": [{ kind: "milestone", start: "2024-04-01", end: "2025-03-31" }],
  // "reducing the average processing time from over seven months in the past to around four months"
  // (no date in the text: hand-set to "in the coming year", see drift.test.ts)
  "2023-H-2": [{ kind: "reduction", from: 7, to: 4, start: "2023-10-25", end: "2024-10-24" }],
  // "no less than 1 200 unsubstantiated claimants per year"
  "2023-H-4": [{ kind: "recurring", quantity: 1200, per: "year", aggregate: "total", from: "2023-10-25" }],
  // "three parent-child centres ... by end-2023"
  "2023-K-1": [{ kind: "count", quantity: 3, start: "2023-10-25", end: "2023-12-31" }],
  // "Launch the “HKSOS” mobile application ... in Q1 2024"
  "2023-M-2": [{ kind: "milestone", start: "2024-01-01", end: "2024-03-31" }],
  // "introduce remote-controlled robot dogs by Q3 2024"
  "2023-M-6": [{ kind: "milestone", start: "2023-10-25", end: "2024-09-30" }],
  // "no less than 10 participating schools and no less than 200 student participants by end-2023"
  "2023-P-1": [
    { kind: "count", quantity: 10, start: "2023-10-25", end: "2023-12-31" },
    { kind: "count", quantity: 200, start: "2023-10-25", end: "2023-12-31" },
  ],
  // "from about 400 at the end of last year to 500 by end-2023, and then to 600 within 2024"
  "2023-Q-4": [
    {
      kind: "staged",
      baseline: 400,
      start: "2023-10-25",
      stages: [
        [500, "2023-12-31"],
        [600, "2024-12-31"],
      ],
    },
  ],
  // "at least 10 primary schools ... per month on average in the 2023/24 school year"
  "2023-Q-6": [
    {
      kind: "recurring",
      quantity: 10,
      per: "month",
      aggregate: "average",
      from: "2023-09-01",
      to: "2024-08-31",
    },
  ],
  // "at least 1 300 Junior Police Call members ... in the 2023/24 school year"
  "2023-Q-7": [{ kind: "count", quantity: 1300, start: "2023-09-01", end: "2024-08-31" }],
  // "from January 2024 ... reviewed ... in the first half of 2024"
  "2023-R-1": [
    { kind: "milestone", start: "2024-01-01", end: "2024-01-31" },
    { kind: "milestone", start: "2024-01-01", end: "2024-06-30" },
  ],
  // "by end-2024"
  "2023-S-3": [{ kind: "milestone", start: "2023-10-25", end: "2024-12-31" }],
  // "to promote relevant international participation" has no date or number
  "2023-T-1": [{ kind: "ongoing" }],
};

/** The seed's target in the same shape as the hand reading (stage deadlines keep only their end). */
function asHandTarget(target: Target): HandTarget {
  switch (target.kind) {
    case "milestone":
      return { kind: "milestone", start: target.deadline.start, end: target.deadline.end };
    case "count":
      return {
        kind: "count",
        quantity: target.quantity,
        ...(target.baseline !== undefined && target.baseline !== 0 ? { baseline: target.baseline } : {}),
        start: target.deadline.start,
        end: target.deadline.end,
      };
    case "staged":
      return {
        kind: "staged",
        baseline: target.baseline,
        start: target.stages[0].deadline.start,
        stages: target.stages.map((stage) => [stage.quantity, stage.deadline.end]),
      };
    case "recurring":
      return {
        kind: "recurring",
        quantity: target.quantity,
        per: target.period,
        aggregate: target.aggregate,
        from: target.window.start,
        ...(target.window.end !== undefined ? { to: target.window.end } : {}),
      };
    case "reduction":
      return {
        kind: "reduction",
        from: target.from,
        to: target.to,
        start: target.deadline.start,
        end: target.deadline.end,
      };
    case "ongoing":
      return { kind: "ongoing" };
    default:
      throw new Error(`no hand reading for target kind ${target.kind}`);
  }
}

function kpisById(register: Register): Map<string, KpiEntry> {
  const byId = new Map<string, KpiEntry>();
  for (const area of register.areas) {
    for (const measure of area.measures) for (const kpi of measure.kpis) byId.set(kpi.id, kpi);
  }
  return byId;
}

describe.each([
  [2022, ANNEX_I],
  [2023, ANNEX_II],
])("the %i seed matches a person's reading of the paper", (year, reading) => {
  const kpis = kpisById(loadSeed(year));
  it.each(Object.entries(reading))("%s", (id, handTargets) => {
    const kpi = kpis.get(id);
    expect(kpi).not.toBeUndefined();
    expect(kpi!.targets.map(asHandTarget)).toEqual(handTargets);
  });
});

it("the hand readings cover at least 15 Annex I and 10 Annex II KPIs", () => {
  expect(Object.keys(ANNEX_I).length).toBeGreaterThanOrEqual(15);
  expect(Object.keys(ANNEX_II).length).toBeGreaterThanOrEqual(10);
});

/** The status of one seed KPI as at a date, with the given entry fields. */
function statusOf(year: number, id: string, asAt: string, fields: Parameters<typeof entry>[1] = {}) {
  const [result] = validateProgress(loadSeed(year), [entry(id, fields)], { asAt });
  return result;
}

interface Scenario {
  name: string;
  year: number;
  id: string;
  asAt: string;
  fields: Parameters<typeof entry>[1];
  status: Status;
  expected?: number;
}

/**
 * Hand-computed scenarios on the paper's own KPIs. Days count inclusively (docs/status-rules.md), tolerance
 * is 10% of the distance from baseline to target.
 */
const SCENARIOS: Scenario[] = [
  // 2023-E-1, 750 inspections from 25 Oct 2023 to 31 Dec 2024: 68 days in 2023 + 366 in 2024 = 434 days.
  // As at 30 Jun 2024: 7 (Oct) + 30 + 31 + 31 + 29 + 31 + 30 + 31 + 30 = 250 days, 750 × 250 / 434 = 432.03.
  // Allowance 75, so anything below 357.03 is off track.
  {
    name: "E-1 behind the line",
    year: 2023,
    id: "2023-E-1",
    asAt: "2024-06-30",
    fields: { actual: 357 },
    status: "off-track",
    expected: 432,
  },
  {
    name: "E-1 just inside the allowance",
    year: 2023,
    id: "2023-E-1",
    asAt: "2024-06-30",
    fields: { actual: 358 },
    status: "on-track",
    expected: 432,
  },
  // On the deadline day all 750 are expected: 674 < 750 − 75 = 675 is off track, not yet overdue.
  {
    name: "E-1 short on its deadline day",
    year: 2023,
    id: "2023-E-1",
    asAt: "2024-12-31",
    fields: { actual: 674 },
    status: "off-track",
    expected: 750,
  },
  {
    name: "E-1 short the day after",
    year: 2023,
    id: "2023-E-1",
    asAt: "2025-01-01",
    fields: { actual: 740 },
    status: "overdue",
    expected: 750,
  },
  // 2023-K-1, three parent-child centres by end-2023; two by 1 Jan 2024 is overdue.
  {
    name: "K-1 two of three after the deadline",
    year: 2023,
    id: "2023-K-1",
    asAt: "2024-01-01",
    fields: { actual: 2 },
    status: "overdue",
  },
  // 2023-M-2 "in Q1 2024": nothing reported is not-reported on 31 Mar 2024, overdue on 1 Apr 2024.
  {
    name: "M-2 silent on its deadline day",
    year: 2023,
    id: "2023-M-2",
    asAt: "2024-03-31",
    fields: {},
    status: "not-reported",
  },
  {
    name: "M-2 silent the day after",
    year: 2023,
    id: "2023-M-2",
    asAt: "2024-04-01",
    fields: {},
    status: "overdue",
  },
  {
    name: "M-2 done on time",
    year: 2023,
    id: "2023-M-2",
    asAt: "2024-04-01",
    fields: { completedOn: "2024-03-31" },
    status: "completed",
  },
  // 2023-C-2, two joint exercises within 2024: "Task completed." with one is a contradiction.
  {
    name: "C-2 completed with 1 of 2",
    year: 2023,
    id: "2023-C-2",
    asAt: "2024-12-31",
    fields: { actual: 1, reportedStatus: "Task completed." },
    status: "needs-review",
  },
  // A milestone reported completed with no Completed on date needs review.
  {
    name: "S-3 completed without a date",
    year: 2023,
    id: "2023-S-3",
    asAt: "2024-06-30",
    fields: { reportedStatus: "Task completed." },
    status: "needs-review",
  },
  // 2023-Q-4, 400 → 500 by 31 Dec 2023 → 600 by 31 Dec 2024. On 31 Dec 2023 the first stage is due in
  // full: 489 < 500 − 10 is off track; on 1 Jan 2024 the stage has passed: overdue.
  {
    name: "Q-4 stage day, behind",
    year: 2023,
    id: "2023-Q-4",
    asAt: "2023-12-31",
    fields: { actual: 489 },
    status: "off-track",
    expected: 500,
  },
  {
    name: "Q-4 stage day, within allowance",
    year: 2023,
    id: "2023-Q-4",
    asAt: "2023-12-31",
    fields: { actual: 490 },
    status: "on-track",
    expected: 500,
  },
  {
    name: "Q-4 stage missed",
    year: 2023,
    id: "2023-Q-4",
    asAt: "2024-01-01",
    fields: { actual: 499 },
    status: "overdue",
  },
  // Second stage from 500 on 1 Jan 2024 towards 600 by 31 Dec 2024; as at 30 Jun 2024: 182 of 366 days,
  // 500 + 100 × 182 / 366 = 549.73; allowance 10 of the stage's 100.
  {
    name: "Q-4 second stage behind",
    year: 2023,
    id: "2023-Q-4",
    asAt: "2024-06-30",
    fields: { actual: 539 },
    status: "off-track",
    expected: 550,
  },
  {
    name: "Q-4 second stage on the line",
    year: 2023,
    id: "2023-Q-4",
    asAt: "2024-06-30",
    fields: { actual: 540 },
    status: "on-track",
    expected: 550,
  },
  // 2023-H-4, 1 200 a year: as at 31 Mar 2024, 91 of 366 days of 2024, 1 200 × 91 / 366 = 298.36;
  // allowance 120, off track below 178.36.
  {
    name: "H-4 behind in the year",
    year: 2023,
    id: "2023-H-4",
    asAt: "2024-03-31",
    fields: { actual: 178 },
    status: "off-track",
    expected: 298,
  },
  {
    name: "H-4 on course in the year",
    year: 2023,
    id: "2023-H-4",
    asAt: "2024-03-31",
    fields: { actual: 179 },
    status: "on-track",
    expected: 298,
  },
  // 2023-H-2, 7 → 4 months (lower is better) from 25 Oct 2023 to 24 Oct 2024 (366 days). As at
  // 24 Apr 2024: 183 days, 7 − 3 × 183 / 366 = 5.5; allowance 0.3, so 5.9 is off track, 5.8 on track.
  {
    name: "H-2 reduction behind",
    year: 2023,
    id: "2023-H-2",
    asAt: "2024-04-24",
    fields: { actual: 5.9 },
    status: "off-track",
  },
  {
    name: "H-2 reduction on course",
    year: 2023,
    id: "2023-H-2",
    asAt: "2024-04-24",
    fields: { actual: 5.8 },
    status: "on-track",
  },
  // 2022-N-5, 1 000 JPC members in the 2022/23 school year (1 Sep 2022 – 31 Aug 2023, 365 days). As at
  // 28 Feb 2023: 181 days, 1 000 × 181 / 365 = 495.89, off track below 395.89.
  {
    name: "N-5 behind in the school year",
    year: 2022,
    id: "2022-N-5",
    asAt: "2023-02-28",
    fields: { actual: 395 },
    status: "off-track",
    expected: 496,
  },
  {
    name: "N-5 on course in the school year",
    year: 2022,
    id: "2022-N-5",
    asAt: "2023-02-28",
    fields: { actual: 396 },
    status: "on-track",
    expected: 496,
  },
];

it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", (_name, scenario) => {
  const result = statusOf(scenario.year, scenario.id, scenario.asAt, scenario.fields);
  expect(result.status).toBe(scenario.status);
  if (scenario.expected !== undefined) expect(Math.round(result.parts[0].expected!)).toBe(scenario.expected);
});
