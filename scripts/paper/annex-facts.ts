/**
 * Facts about the annexes that need a reader, not a parser: targets set by hand where the paper's
 * language is too loose, and the figures the 2022 Latest Progress column reports.
 */
import { parseDeadline } from "../../src/core/deadline/parse-deadline";
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
  "2022-F-8": {
    reason:
      '"To launch the PTS-MCI ... in Q4 2022 to reduce the time ... by more than 50%": the launch is a milestone of its own beside the reduction, and "more than 50%" is not met by exactly 50%.',
    targets: [
      { kind: "milestone", label: "launch of the PTS-MCI", deadline: period("in Q4 2022") },
      {
        kind: "percentage-change",
        unit: "time of reporting/updating casualty information",
        direction: "decrease",
        percent: 50,
        strict: true,
        deadline: period("in Q4 2022"),
      },
    ],
  },
  "2022-G-3": {
    reason:
      '"To set up four MFRSCs ... between end-2022 and Q1 2023" is a staged rise counted from the list\'s start: the paper schedules the same four centres in 2022-G-5 ("the first two centres ... by end-2022, and the other two ... by Q1 2023"), and the first was set up on 26 October 2022, before a window opening at end-2022 would count it.',
    targets: [
      {
        kind: "staged",
        unit: "Multi-purpose Family and Rehabilitation Service Centres (“MFRSCs”)",
        baseline: 0,
        stages: [
          { quantity: 2, deadline: { ...period("by end-2022"), text: "end-2022" } },
          { quantity: 4, deadline: { ...period("by Q1 2023"), text: "Q1 2023" } },
        ],
      },
    ],
  },
  "2022-M-1": {
    reason:
      'its second sentence, "The HKPF will also introduce an electronic platform in phases for e-application and issuance of e-licences or e-permits", is a target with no date: an ongoing part.',
    targets: [
      { kind: "count", unit: "kiosks", quantity: 12, deadline: period("within 2022") },
      { kind: "ongoing", label: "electronic platform for e-licences and e-permits" },
    ],
  },
  "2022-N-4": {
    reason:
      '"at least 10 000 young people ... by end-2022" counts the calendar year, as the paper reports it ("In 2022, the number of participants ... was 25 099").',
    targets: [
      {
        kind: "count",
        unit: "young people",
        quantity: 10000,
        deadline: { text: "by end-2022", start: "2022-01-01", end: "2022-12-31" },
      },
    ],
  },
  "2022-N-9": {
    reason:
      '"To launch the Rehabilitation Express in Q4 2022 and arrange for the education and publicity vehicle ... to visit at least 10 primary schools ... every month": the visits start once the vehicle is launched, from January 2023.',
    targets: [
      { kind: "milestone", deadline: period("in Q4 2022") },
      {
        kind: "recurring",
        unit: "primary schools",
        quantity: 10,
        period: "month",
        aggregate: "total",
        window: { text: "every month", start: "2023-01-01" },
      },
    ],
  },
  "2022-I-1": {
    reason:
      '"To continue procuring auto-detection devices ... and hence enhance the processing speed of analysis X-ray images for 80%": the procurement is ongoing, and the 80% is a level of its own, held from the list\'s start with no end (the text states no date).',
    targets: [
      { kind: "ongoing", label: "procuring auto-detection devices for X-ray checkers" },
      {
        kind: "level",
        label: "processing speed of analysing X-ray images",
        unit: "% faster analysis of X-ray images",
        comparison: "at-least",
        level: 80,
        window: { text: "no date stated", start: LIST_START_2022 },
      },
    ],
  },
  "2023-N-2": {
    reason:
      '"Establish the Leaders Forum Alumni Association by end-2023, and organise at least one sharing activity every quarter": the sharing starts once the Association exists, from Q1 2024.',
    targets: [
      { kind: "milestone", deadline: period("by end-2023", LIST_START_2023) },
      {
        kind: "recurring",
        unit: "sharing activity",
        quantity: 1,
        period: "quarter",
        aggregate: "total",
        window: { text: "every quarter", start: "2024-01-01" },
      },
    ],
  },
  "2023-O-1": {
    reason:
      '"Bring in the Hong Kong Air Cadet Corps ... as a youth uniformed group subsidised by the Government Flying Service" is a milestone of its own, within 2024 as the training is.',
    targets: [
      { kind: "milestone", label: "bring in the HKACC", deadline: period("within 2024", LIST_START_2023) },
      {
        kind: "count",
        unit: "cadet members",
        quantity: 100,
        deadline: period("within 2024", LIST_START_2023),
      },
    ],
  },
  "2023-Q-2": {
    reason:
      '"Increase the number of active members ... by 5% by end-2023" compares one year-end with the previous one: the window is 2023.',
    targets: [
      {
        kind: "percentage-change",
        unit: "active members of youth uniformed groups of various disciplined services",
        direction: "increase",
        percent: 5,
        deadline: { text: "by end-2023", start: "2023-01-01", end: "2023-12-31" },
      },
    ],
  },
  "2023-Q-3": {
    reason:
      '"extend the coverage of FAST Connect to all 18 districts of Hong Kong" is a second target beside the members.',
    targets: [
      {
        kind: "count",
        unit: "Fire & Ambulance Services Teen Connect (FAST Connect) members",
        quantity: 800,
        baseline: 300,
        deadline: period("by the end of the 2023/24 school year", LIST_START_2023),
      },
      {
        kind: "count",
        unit: "districts of Hong Kong",
        quantity: 18,
        deadline: period("by the end of the 2023/24 school year", LIST_START_2023),
      },
    ],
  },
  "2023-Q-5": {
    reason:
      '"at least 30 000 young people ... by end-2023" counts the calendar year, as the paper reports the 2022 list\'s like target ("In 2022 ... 25 099").',
    targets: [
      {
        kind: "count",
        unit: "young people",
        quantity: 30000,
        deadline: { text: "by end-2023", start: "2023-01-01", end: "2023-12-31" },
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

/**
 * Departments as the paper assigns the work, where the KPI text names another body or none: the paper's
 * progress or its paragraphs say who does it.
 */
export const ASSIGNED_DEPARTMENTS: Record<string, { departments: string; reason: string }> = {
  "2022-I-1": {
    departments: "C&ED",
    reason: 'the paper\'s progress: "the C&ED has procured six auto-detection devices"',
  },
  "2023-H-1": {
    departments: "ImmD",
    reason: 'paragraph 18(a): "the ImmD will enhance identification of potential abusers"',
  },
  "2023-H-3": {
    departments: "ImmD",
    reason: "paragraph 18(c): treatment of immigration detainees, the ImmD's detention facilities",
  },
  "2023-H-4": {
    departments: "ImmD",
    reason: 'paragraph 18(d) and 17(d): removals of unsubstantiated claimants, "the ImmD has removed"',
  },
};
