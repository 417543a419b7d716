/**
 * Facts about the annexes that need a reader, not a parser: targets set by hand where the paper's
 * language is too loose, and the figures the 2022 Latest Progress column reports.
 */
import { parseDeadline } from "../../src/core/deadline";
import type { Deadline, ReportedFigure, Target } from "../../src/core/register/schema";

const LIST_START_2022 = "2022-10-19";
const LIST_START_2023 = "2023-10-25";

/** A period phrase from the progress column, dated by the same deadline parser as the KPIs. */
function period(text: string, listStart = LIST_START_2022): Deadline {
  const parsed = parseDeadline(text, listStart);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.deadline;
}

/** A stock reported "as at" one day. */
function asAt(text: string, day: string): Deadline {
  return { text, start: day, end: day };
}

/** "Since ...": from that day to the progress column's as-at date. */
function since(text: string, start: string): Deadline {
  return { text, start, end: "2023-09-30" };
}

const JAN_SEP_2023 = period("From January to September 2023");
const IN_2022 = period("in 2022");

function figure(
  targetIndex: number,
  value: number,
  unit: string,
  when: Deadline,
  approximate = false,
): ReportedFigure {
  return { targetIndex, value, unit, period: when, ...(approximate ? { approximate: true } : {}) };
}

export const HAND_SET: Record<string, { reason: string; targets: Target[] }> = {
  "2022-F-2": {
    reason:
      "\"starting from 2023\" gives a start but no period or end; read as a yearly target, as the paper's own progress does (January-September 2023 figures, 'Task on track').",
    targets: [
      {
        kind: "recurring",
        label: "students at tertiary institutions",
        unit: "training sessions",
        quantity: 100,
        period: "year",
        aggregate: "total",
        window: { text: "starting from 2023", start: "2023-01-01" },
      },
      {
        kind: "recurring",
        label: "the public",
        unit: "training sessions",
        quantity: 200,
        period: "year",
        aggregate: "total",
        window: { text: "starting from 2023", start: "2023-01-01" },
      },
    ],
  },
  "2022-F-5": {
    reason:
      'A service standard (90% of helicopters on site within 30 minutes) that applies "From Q1 2023 onwards"; no target kind holds a rate, so it is stored as a quarterly average share.',
    targets: [
      {
        kind: "recurring",
        label:
          "helicopters reaching search and rescue sites within 30 minutes of take-off from the Kai Tak Division",
        unit: "% of helicopters",
        quantity: 90,
        period: "quarter",
        aggregate: "average",
        window: { text: "From Q1 2023 onwards", start: "2023-01-01" },
      },
    ],
  },
  "2022-G-5": {
    reason:
      '"the first two centres ... by end-2022, and the other two ... by Q1 2023" is a staged rise (2, then all 4 MFRSCs) written as two halves rather than "from ... to ...".',
    targets: [
      {
        kind: "staged",
        unit: "MFRSCs providing video social visit service",
        baseline: 0,
        stages: [
          { quantity: 2, deadline: period("by end-2022") },
          { quantity: 4, deadline: period("by Q1 2023") },
        ],
      },
    ],
  },
  "2023-H-2": {
    reason:
      'The reduction ("from over seven months in the past to around four months") has no deadline; dated to the paper\'s own horizon, "In the year to come" (paragraph 1).',
    targets: [
      {
        kind: "reduction",
        label: "average processing time of appeal cases by the Torture Claims Appeal Board",
        unit: "months",
        from: 7,
        to: 4,
        approximate: true,
        deadline: period("in the coming year", LIST_START_2023),
      },
    ],
  },
};

export const REPORTED_FIGURES: Record<string, ReportedFigure[]> = {
  "2022-C-1": [
    figure(
      0,
      368,
      "non-refoulement claims pending the ImmD's screening",
      asAt("As at 30 September 2023", "2023-09-30"),
    ),
  ],
  "2022-C-2": [figure(0, 1572, "appeal cases", IN_2022), figure(1, 2039, "appeal cases", JAN_SEP_2023)],
  "2022-C-3": [
    figure(0, 1097, "unsubstantiated claimants", IN_2022),
    figure(1, 1351, "unsubstantiated claimants", JAN_SEP_2023),
  ],
  "2022-C-4": [figure(0, 12870, "operations", IN_2022), figure(0, 10190, "operations", JAN_SEP_2023)],
  "2022-C-5": [
    figure(0, 300, "detention capacity for immigration detainees", {
      text: "since 18 May 2023 (increased by 33% from 600 to 900)",
      start: "2023-05-18",
      end: "2023-09-30",
    }),
  ],
  "2022-F-1": [
    figure(0, 48, "training sessions", period("by April 2023")),
    figure(1, 1716, "teachers", period("by April 2023")),
  ],
  "2022-F-2": [
    figure(0, 98, "training sessions", JAN_SEP_2023),
    figure(1, 180, "training sessions", JAN_SEP_2023),
  ],
  "2022-F-3": [
    figure(0, 1018, "sets of publicly accessible AEDs", period("From October 2022 to 30 September 2023")),
  ],
  "2022-F-5": [
    figure(0, 100, "% of search and rescue cases (114) reaching the site within 30 minutes", JAN_SEP_2023),
  ],
  "2022-F-6": [
    figure(0, 12, "training courses", { text: "by 30 June 2023", start: "2022-07-01", end: "2023-06-30" }),
    figure(1, 250, "trainees", { text: "by 30 June 2023", start: "2022-07-01", end: "2023-06-30" }),
  ],
  "2022-F-7": [
    figure(0, 12, "technical exchange sessions", {
      text: "by 30 June 2023",
      start: "2022-07-01",
      end: "2023-06-30",
    }),
    figure(1, 2459, "trainees", { text: "by 30 June 2023", start: "2022-07-01", end: "2023-06-30" }, true),
  ],
  "2022-F-10": [
    figure(0, 14, "search and rescue operations using the UROV", since("Since July 2022", "2022-07-01")),
  ],
  "2022-F-11": [figure(0, 360, "R-Watches available", asAt("As at 30 September 2023", "2023-09-30"))],
  "2022-G-3": [figure(0, 4, "MFRSCs set up", period("between October 2022 and March 2023"))],
  "2022-G-5": [
    figure(0, 4, "MFRSCs in operation", {
      text: "by 27 March 2023",
      start: LIST_START_2022,
      end: "2023-03-27",
    }),
  ],
  "2022-H-1": [
    figure(0, 12, "sectors covered by the Pilot Scheme", since("since February 2023", "2023-02-01")),
  ],
  "2022-I-1": [figure(0, 6, "auto-detection devices procured", since("Since last year", "2022-01-01"))],
  "2022-K-1": [
    figure(0, 20, "exhibitions/talks", IN_2022),
    figure(1, 5700, "people", IN_2022, true),
    figure(0, 32, "exhibitions/talks", JAN_SEP_2023),
    figure(1, 6200, "people", JAN_SEP_2023, true),
  ],
  "2022-M-1": [figure(0, 13, "kiosks", asAt("So far (as at 30 September 2023)", "2023-09-30"))],
  "2022-M-3": [
    figure(0, 43285, "technology crime and fraud-related e-report cases received", {
      text: "As at 30 September 2023",
      start: "2022-09-19",
      end: "2023-09-30",
    }),
  ],
  "2022-N-2": [
    figure(0, 25.4, "% increase in active members", {
      text: "As at 31 December 2022, compared with 31 December 2021",
      start: "2022-01-01",
      end: "2022-12-31",
    }),
  ],
  "2022-N-3": [figure(0, 25000, "participants", period("from October 2022 to September 2023"), true)],
  "2022-N-4": [figure(0, 25099, "young people", IN_2022)],
  "2022-N-5": [figure(0, 3100, "members", period("in the 2022/23 school year"), true)],
  "2022-N-6": [figure(0, 500, "members", period("From October 2022 to September 2023"), true)],
  "2022-N-7": [figure(0, 120, "promotional activities", period("as at 30 September 2023"))],
  "2022-N-8": [
    figure(0, 417, "members", asAt("As at 31 December 2022", "2022-12-31")),
    figure(0, 580, "members", asAt("As at 30 September 2023", "2023-09-30"), true),
  ],
  "2022-N-10": [figure(0, 117, "internship places", period("in 2023"))],
  "2022-N-11": [figure(0, 217, "internship opportunities", period("in 2023"))],
  "2022-O-1": [
    figure(1, 150, "kids from new arrival families", since("since October 2022", "2022-10-01"), true),
  ],
};
