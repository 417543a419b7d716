/**
 * Every row of the 2023 register (49 KPIs) after Load, a handful of typed entries and Validate as at
 * 30 June 2024, read back whole from the Excel double and compared with the table below.
 *
 * How the table was checked: a first draft was printed from one run, then each row was read against the
 * rules in docs/status-rules.md (precedence, straight-line expected progress counting days inclusively,
 * overdue from the day after a deadline, ongoing KPIs take the officer's phrase) and the KPI's own wording
 * in seeds/kpis-2023.json (quantity, unit, deadline words). Expected figures worked by hand (days inclusive):
 * - 2023-B-1, 20 000 by end-2024 from 25 Oct 2023: 250 of 434 days -> 20 000 x 250 / 434 = 11 520.7 -> 11 521;
 *   Actual "about 580" lags by far more than 10% of 20 000 -> off-track.
 * - 2023-C-4, 24 within 2024: 182 of 366 days -> 11.9 -> 12; 2023-D-2, 300 within 2024 -> 149.2 -> 149;
 *   2023-E-1, 750 by end-2024 from 25 Oct 2023 -> 432.0 -> 432; 2023-C-2, 2 within 2024 -> 0.99 -> 1.
 * - 2023-D-1, 100 000 in the three years 1 Jul 2023 - 30 Jun 2026: 366 of 1 096 days -> 33 394.2 -> 33 394.
 * - 2023-H-2, from 7 months down to 4 by 24 Oct 2024 from 25 Oct 2023: 7 - 3 x 250 / 366 = 4.95 -> 5.
 * - 2023-H-4, 1 200 a year: 182 of 366 days of 2024 -> 596.7 -> 597.
 * - 2023-Q-3, from 300 to 800 by 31 Aug 2024 from 25 Oct 2023: 300 + 500 x 250 / 312 = 700.6 -> 701.
 * - 2023-Q-7, 1 300 in the 2023/24 school year (1 Sep 2023 - 31 Aug 2024): 304 of 366 days -> 1 079.8 -> 1 080.
 * - 2023-R-1's second milestone falls due on the as-at date itself: the deadline day is not yet overdue.
 * - Deadlines before 30 Jun 2024 with nothing entered (end-2023, 30 Nov 2023, 31 Jan and 31 Mar 2024, the
 *   first stage of 2023-Q-4) are overdue; entries: A-1 completed on 20 Mar 2024 (before its deadline),
 *   C-2 a formula and D-1 words (invalid), D-2 "Task completed." with Actual 0 (needs-review).
 */
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { tableHeader, tableRecords, typeInto } from "../excel-double/install";
import type { CellValue } from "../excel-double/model";
import { installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const AS_AT = "2024-06-30";
const ONGOING_REASON =
  'nothing to compute: enter its status in Reported status ("Task completed.", "Task on track.", "Working towards the target.", "Task delayed.")';

/** Excel's serial for a date, written out here rather than taken from the add-in (1 = 1 Jan 1900). */
function isoFromSerial(serial: CellValue): string {
  if (serial === "") return "";
  return new Date(Date.UTC(1899, 11, 30) + Number(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** The entries typed by officers: [KPI id, column, what they typed, a formula's result]. */
const TYPED: Array<[string, string, CellValue, CellValue?]> = [
  ["2023-A-1", "Completed on", 45371], // 20 Mar 2024
  ["2023-B-1", "Actual", "about 580"],
  ["2023-C-2", "Actual", "=SUM(A1:A3)", 42],
  ["2023-D-1", "Actual", "not a number"],
  ["2023-D-2", "Actual", "0"],
  ["2023-D-2", "Reported status", "Task completed."],
];

type Row = [
  id: string,
  target: string,
  deadline: string,
  deadlineWords: string[],
  expected: string,
  status: string,
  reason: string,
];

// prettier-ignore
const VALIDATED: Row[] = [
  ["2023-A-1", "Milestone", "2024-12-31", ["within 2024"], "by 31 Dec 2024", "completed", ""],
  ["2023-A-2", "Ongoing (no measurable target)", "", [], "", "not-reported", ONGOING_REASON],
  ["2023-A-3", "Milestone", "2024-12-31", ["within 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-B-1", "about 20 000 participants", "2024-12-31", ["by end-2024"], "about 11 521 participants", "off-track", "580 of 20 000 participants as at 30 Jun 2024; about 11 521 expected by now (deadline 31 Dec 2024)"],
  ["2023-C-1", "Milestone", "2024-12-31", ["within 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-C-2", "2 large-scale joint exercises", "2024-12-31", ["within 2024"], "about 1 large-scale joint exercises", "invalid", "Actual: \"=SUM(A1:A3)\" is a formula — type the figure itself, e.g. 1 572"],
  ["2023-C-3", "Milestone", "2024-12-31", ["within 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-C-4", "24 training courses or technical exchange sessions", "2024-12-31", ["within 2024"], "about 12 training courses or technical exchange sessions", "not-reported", "Actual not entered; about 12 training courses or technical exchange sessions expected by now (deadline 31 Dec 2024)"],
  ["2023-D-1", "100 000 citizens", "2026-06-30", ["in the three years by mid-2026"], "about 33 394 citizens", "invalid", "Actual: \"not a number\" is not a number — write digits, e.g. 1 572"],
  ["2023-D-2", "300 training sessions", "2024-12-31", ["within 2024"], "about 149 training sessions", "needs-review", "Reported status \"Task completed.\" but Actual 0 is below the target of 300 training sessions; 0 of 300 training sessions as at 30 Jun 2024; about 149 expected by now (deadline 31 Dec 2024)"],
  ["2023-E-1", "750 proactive inspections", "2024-12-31", ["by end-2024"], "about 432 proactive inspections", "not-reported", "Actual not entered; about 432 proactive inspections expected by now (deadline 31 Dec 2024)"],
  ["2023-F-1", "Milestone", "2023-12-31", ["by end-2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-G-1", "Milestone", "2025-03-31", ["Starting from the 2024/25 financial year"], "by 31 Mar 2025", "not-reported", "nothing reported yet (deadline 31 Mar 2025)"],
  ["2023-H-1", "Milestone", "2024-09-30", ["starting from Q3 2024"], "by 30 Sep 2024", "not-reported", "nothing reported yet (deadline 30 Sep 2024)"],
  ["2023-H-2", "months: from 7 down to about 4", "2024-10-24", [], "about 5 months", "not-reported", "Actual not entered; about 5 months expected by now (deadline 24 Oct 2024)"],
  ["2023-H-3", "Milestone", "2023-11-30", ["from November 2023"], "by 30 Nov 2023", "overdue", "not completed (Completed on is empty) and the deadline 30 Nov 2023 has passed"],
  ["2023-H-4", "1 200 unsubstantiated claimants per year", "", ["per year"], "about 597 unsubstantiated claimants", "not-reported", "Actual not entered; about 597 unsubstantiated claimants expected in 2024 by now (1 200 each year)"],
  ["2023-I-1", "Milestone", "2023-12-31", ["by end-2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-J-1", "Milestone", "2023-12-31", ["by end-2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-K-1", "3 parent-child centres", "2023-12-31", ["by end-2023"], "3 parent-child centres", "overdue", "Actual not entered and the deadline 31 Dec 2023 has passed (target 3 parent-child centres)"],
  ["2023-L-1", "Milestone", "2026-12-31", ["upon its commissioning in 2026"], "by 31 Dec 2026", "not-reported", "nothing reported yet (deadline 31 Dec 2026)"],
  ["2023-M-1", "Milestone", "2023-12-31", ["by end-2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-M-2", "Milestone", "2024-03-31", ["in Q1 2024"], "by 31 Mar 2024", "overdue", "not completed (Completed on is empty) and the deadline 31 Mar 2024 has passed"],
  ["2023-M-3", "Milestone", "2023-12-31", ["by Q4 2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-M-4", "Milestone", "2023-12-31", ["within 2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-M-5", "Milestone", "2023-12-31", ["in Q4 2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-M-6", "Milestone", "2024-09-30", ["by Q3 2024"], "by 30 Sep 2024", "not-reported", "nothing reported yet (deadline 30 Sep 2024)"],
  ["2023-N-1", "Milestone", "2023-12-31", ["by end-2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-N-2", "(1) Milestone by end-2023 (2) 1 sharing activity per quarter", "2023-12-31", ["by end-2023", "every quarter"], "by 31 Dec 2023; 1", "overdue", "(1) milestone by end-2023: not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed; (2) sharing activity: Actual not entered; 1 sharing activity expected in Q2 2024 by now (1 each quarter)"],
  ["2023-N-3", "Milestone", "2023-12-31", ["within 2023"], "by 31 Dec 2023", "overdue", "not completed (Completed on is empty) and the deadline 31 Dec 2023 has passed"],
  ["2023-O-1", "(1) Milestone: bring in the HKACC within 2024 (2) 100 cadet members", "2024-12-31", ["within 2024", "within 2024"], "by 31 Dec 2024; about 50", "not-reported", "(1) bring in the HKACC: nothing reported yet (deadline 31 Dec 2024); (2) cadet members: Actual not entered; about 50 cadet members expected by now (deadline 31 Dec 2024)"],
  ["2023-O-2", "Milestone", "2024-09-30", ["by Q3 2024"], "by 30 Sep 2024", "not-reported", "nothing reported yet (deadline 30 Sep 2024)"],
  ["2023-P-1", "(1) 10 participating schools (2) 200 student participants", "2023-12-31", ["by end-2023", "by end-2023"], "10; 200", "overdue", "(1) participating schools: Actual not entered and the deadline 31 Dec 2023 has passed (target 10 participating schools); (2) student participants: Actual not entered and the deadline 31 Dec 2023 has passed (target 200 student participants)"],
  ["2023-Q-1", "40 members", "2024-12-31", ["within 2024"], "about 20 members", "not-reported", "Actual not entered; about 20 members expected by now (deadline 31 Dec 2024)"],
  ["2023-Q-2", "+5% active members of youth uniformed groups of various disciplined services", "2023-12-31", ["by end-2023"], "5%", "overdue", "Actual not entered and the deadline 31 Dec 2023 has passed (target 5%)"],
  ["2023-Q-3", "(1) from 300 to 800 Fire & Ambulance Services Teen Connect (FAST Connect) members (2) 18 districts of Hong Kong", "2024-08-31", ["by the end of the 2023/24 school year", "by the end of the 2023/24 school year"], "about 701; about 14", "not-reported", "(1) Fire & Ambulance Services Teen Connect (FAST Connect) members: Actual not entered; about 701 Fire & Ambulance Services Teen Connect (FAST Connect) members expected by now (deadline 31 Aug 2024); (2) districts of Hong Kong: Actual not entered; about 14 districts of Hong Kong expected by now (deadline 31 Aug 2024)"],
  ["2023-Q-4", "membership of the ImmD Youth Leaders Corps: from about 400 to 500 by 2023-12-31, then 600 by 2024-12-31", "2024-12-31", ["by end-2023", "within 2024"], "500 membership of the ImmD Youth Leaders Corps", "overdue", "Actual not entered; the stage deadline 31 Dec 2023 has passed (final target 600 by 31 Dec 2024)"],
  ["2023-Q-5", "30 000 young people", "2023-12-31", ["by end-2023"], "30 000 young people", "overdue", "Actual not entered and the deadline 31 Dec 2023 has passed (target 30 000 young people)"],
  ["2023-Q-6", "10 primary schools per month on average", "2024-08-31", ["per month on average in the 2023/24 school year"], "10 primary schools", "not-reported", "Actual not entered; 10 primary schools expected a month on average by now (10 each month)"],
  ["2023-Q-7", "1 300 Junior Police Call members", "2024-08-31", ["in the 2023/24 school year"], "about 1 080 Junior Police Call members", "not-reported", "Actual not entered; about 1 080 Junior Police Call members expected by now (deadline 31 Aug 2024)"],
  ["2023-Q-8", "120 visits", "2024-12-31", ["within 2024"], "about 60 visits", "not-reported", "Actual not entered; about 60 visits expected by now (deadline 31 Dec 2024)"],
  ["2023-Q-9", "1 000 Customs YES members", "2024-12-31", ["within 2024"], "about 497 Customs YES members", "not-reported", "Actual not entered; about 497 Customs YES members expected by now (deadline 31 Dec 2024)"],
  ["2023-R-1", "(1) Milestone from January 2024 (2) Milestone in the first half of 2024", "2024-06-30", ["from January 2024", "in the first half of 2024"], "by 31 Jan 2024; by 30 Jun 2024", "overdue", "(1) milestone from January 2024: not completed (Completed on is empty) and the deadline 31 Jan 2024 has passed; (2) milestone in the first half of 2024: nothing reported yet (deadline 30 Jun 2024)"],
  ["2023-R-2", "Milestone", "2024-12-31", ["in Q4 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-S-1", "Ongoing (no measurable target)", "", [], "", "not-reported", ONGOING_REASON],
  ["2023-S-2", "Milestone", "2024-12-31", ["in 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-S-3", "Milestone", "2024-12-31", ["by end-2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-S-4", "Milestone", "2024-12-31", ["starting from 2024"], "by 31 Dec 2024", "not-reported", "nothing reported yet (deadline 31 Dec 2024)"],
  ["2023-T-1", "Ongoing (no measurable target)", "", [], "", "not-reported", ONGOING_REASON],
];

const NUMBER_WORDS: Record<string, string> = { "1": "one", "2": "two", "4": "four", "7": "seven" };
/** Words of a Target cell that are the add-in's own framing, not the KPI's wording. */
const FRAMING = new Set(["milestone", "ongoing", "measurable", "target", "about", "from", "down", "then"]);

function kpiWording(): Map<string, string> {
  const register = seedRegister(2023);
  return new Map(
    register.areas.flatMap((area) =>
      area.measures.flatMap((measure) =>
        measure.kpis.map((kpi) => [kpi.id, kpi.text.map((run) => run.text).join("")] as const),
      ),
    ),
  );
}

async function validatedTable() {
  const { model } = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  for (const [id, column, value, result] of TYPED) typeInto(model, TABLE, id, column, value, result);
  await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
  return { model, records: tableRecords(model, TABLE) };
}

describe("the whole 2023 register after Load, entries and Validate as at 30 June 2024", () => {
  it("has every row's Target, Deadline, Expected, Status and Reason as worked out by hand", async () => {
    const { model, records } = await validatedTable();
    expect(tableHeader(model, TABLE)).toEqual([
      "ID",
      "Area",
      "Measure",
      "Department",
      "KPI",
      "Target",
      "Deadline",
      "Actual",
      "Completed on",
      "Reported status",
      "Latest progress",
      "Expected",
      "Status",
      "Reason",
      "Source",
    ]);
    const actual = records.map((r): Row => {
      const words = VALIDATED.find(([id]) => id === r.ID)?.[3] ?? [];
      return [
        String(r.ID),
        String(r.Target),
        isoFromSerial(r.Deadline),
        words,
        String(r.Expected),
        String(r.Status),
        String(r.Reason),
      ];
    });
    // Row by row, so a failure names the KPI.
    expect(actual.map((row) => row[0])).toEqual(VALIDATED.map((row) => row[0]));
    VALIDATED.forEach((row, i) => expect(actual[i]).toEqual(row));
  });

  it("keeps every officer's entry as typed and leaves the other entry cells empty", async () => {
    const { records } = await validatedTable();
    const entryColumns = ["Actual", "Completed on", "Reported status", "Latest progress"];
    for (const record of records) {
      for (const column of entryColumns) {
        const typed = TYPED.find(([id, c]) => id === record.ID && c === column);
        expect([record.ID, column, record[column]]).toEqual([record.ID, column, typed ? typed[2] : ""]);
      }
    }
  });

  it("gives each Target the KPI's own quantity and unit, and each deadline the KPI's own words", () => {
    const wording = kpiWording();
    expect([...wording.keys()]).toEqual(VALIDATED.map(([id]) => id));
    for (const [id, target, deadline, deadlineWords] of VALIDATED) {
      const text = wording.get(id)!.toLowerCase();
      // Deadline words as the paper prints them, and a Deadline cell wherever there is one.
      for (const words of deadlineWords) expect([id, text.includes(words.toLowerCase())]).toEqual([id, true]);
      // 2023-H-2's KPI names no deadline; the register dates it to the paper's horizon (its handSet reason).
      expect([id, deadline === "" || deadlineWords.length > 0 || id === "2023-H-2"]).toEqual([id, true]);
      const withoutDates = target.replace(/\d{4}-\d{2}-\d{2}/g, "").replace(/\b\d\)/g, "");
      for (const figure of withoutDates.match(/\d+(?: \d{3})*/g) ?? []) {
        const inText = text.includes(figure) || text.includes(NUMBER_WORDS[figure] ?? "\0");
        expect([id, figure, inText]).toEqual([id, figure, true]);
      }
      const words = withoutDates
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((word) => word.length > 2 && !FRAMING.has(word));
      for (const word of words) expect([id, word, text.includes(word)]).toEqual([id, word, true]);
    }
  });
});
