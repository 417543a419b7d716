/**
 * Phrasings next year's lists are likely to use, each in a sentence written for this test (not the paper's).
 * Expected targets are written out by hand from the conventions in seeds/README.md.
 */
import { parseTargets, readKpiText } from "../../../src/core/target-parser/parse-targets";
import type { Target } from "../../../src/core/register/schema";

const ANNOUNCED = "2025-09-17";

function read(text: string): Target[] {
  const parsed = parseTargets(text, ANNOUNCED);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.targets;
}

const deadline = (text: string, start: string, end: string) => ({ text, start, end });

describe("financial and school years", () => {
  it.each([
    ["Recruit 300 auxiliary officers in 2025-26.", "in 2025-26"],
    ["Recruit 300 auxiliary officers in 2025/26.", "in 2025/26"],
    ["Recruit 300 auxiliary officers in the 2025-26 financial year.", "in the 2025-26 financial year"],
    ["Recruit 300 auxiliary officers in financial year 2025/26.", "in financial year 2025/26"],
  ])("%s runs April to March", (text, phrase) => {
    expect(read(text)).toEqual([
      {
        kind: "count",
        unit: "auxiliary officers",
        quantity: 300,
        deadline: deadline(phrase, "2025-04-01", "2026-03-31"),
      },
    ]);
  });

  it("reads the end of a financial year as its last month", () => {
    expect(read("Complete the review of the licensing regime by the end of 2025-26.")).toEqual([
      { kind: "milestone", deadline: deadline("by the end of 2025-26", ANNOUNCED, "2026-03-31") },
    ]);
  });

  it.each([
    ["Hold 40 school talks in the 2025-26 school year.", "in the 2025-26 school year"],
    ["Hold 40 school talks in the school year 2025/26.", "in the school year 2025/26"],
  ])("%s runs September to August", (text, phrase) => {
    expect(read(text)).toEqual([
      {
        kind: "count",
        unit: "school talks",
        quantity: 40,
        deadline: deadline(phrase, "2025-09-01", "2026-08-31"),
      },
    ]);
  });

  it("refuses a year pair that is not consecutive", () => {
    expect(parseTargets("Hold 40 school talks in the 2025-27 school year.", ANNOUNCED).ok).toBe(false);
  });
});

describe("parts of a year", () => {
  it.each([
    ["Launch the permit system by mid-2026.", "by mid-2026", ANNOUNCED, "2026-06-30"],
    ["Commission the fireboat in Q3 2026.", "in Q3 2026", "2026-07-01", "2026-09-30"],
    [
      "Open the depot in the third quarter of 2026.",
      "in the third quarter of 2026",
      "2026-07-01",
      "2026-09-30",
    ],
    [
      "Publish the guide in the second half of 2026.",
      "in the second half of 2026",
      "2026-07-01",
      "2026-12-31",
    ],
    ["Publish the guide in H1 2026.", "in H1 2026", "2026-01-01", "2026-06-30"],
    ["Roll out e-forms in early 2026.", "in early 2026", "2026-01-01", "2026-04-30"],
    ["Roll out e-forms by early-2026.", "by early-2026", ANNOUNCED, "2026-04-30"],
    ["Finish the trial by end-2026.", "by end-2026", ANNOUNCED, "2026-12-31"],
    ["Finish the trial by end-March 2026.", "by end-March 2026", ANNOUNCED, "2026-03-31"],
  ])("%s", (text, phrase, start, end) => {
    expect(read(text)).toEqual([{ kind: "milestone", deadline: deadline(phrase, start, end) }]);
  });

  it("rolls out in phases within a year: a milestone for that year", () => {
    expect(read("Roll out the new radio system to all stations in phases within 2026.")).toEqual([
      { kind: "milestone", deadline: deadline("within 2026", "2026-01-01", "2026-12-31") },
    ]);
  });
});

describe("per month, on average, from a month", () => {
  it("reads 'per month on average from April 2026' as an open monthly average", () => {
    expect(read("Handle 150 enquiries per month on average from April 2026.")).toEqual([
      {
        kind: "recurring",
        unit: "enquiries",
        quantity: 150,
        period: "month",
        aggregate: "average",
        window: { text: "per month on average from April 2026", start: "2026-04-01" },
      },
    ]);
  });

  it("reads 'on average' before the figure as an average too", () => {
    expect(read("Conduct on average 30 marine patrols per month starting from April 2026.")).toEqual([
      {
        kind: "recurring",
        unit: "marine patrols",
        quantity: 30,
        period: "month",
        aggregate: "average",
        window: { text: "per month starting from April 2026", start: "2026-04-01" },
      },
    ]);
  });

  it("keeps a plain monthly figure a total", () => {
    expect(read("Conduct 30 marine patrols per month from April 2026.")[0]).toMatchObject({
      aggregate: "total",
      window: { start: "2026-04-01" },
    });
  });
});

describe("service levels and lower-is-better levels", () => {
  it("reads a service standard with no date as a standing pledge from the announcement", () => {
    expect(read("Process 95% of visa applications within 4 weeks.")).toEqual([
      {
        kind: "level",
        unit: "% of visa applications within 4 weeks",
        comparison: "at-least",
        level: 95,
        window: { text: "no date stated", start: ANNOUNCED },
      },
    ]);
  });

  it("reads a service standard from a month, with the time in words", () => {
    expect(read("Answer 90 per cent of emergency calls within ten seconds from January 2026.")).toEqual([
      {
        kind: "level",
        unit: "% of emergency calls within ten seconds",
        comparison: "at-least",
        level: 90,
        window: { text: "from January 2026", start: "2026-01-01" },
      },
    ]);
  });

  it("reads 'to below 700' as a ceiling to reach by the deadline", () => {
    expect(read("Reduce the number of pending claims to below 700 by end-2026.")).toEqual([
      {
        kind: "level",
        unit: "pending claims",
        comparison: "below",
        level: 700,
        window: deadline("by end-2026", ANNOUNCED, "2026-12-31"),
      },
    ]);
  });

  it("reads 'no more than 5%' as a ceiling held over the year", () => {
    expect(read("Keep the reoffending rate at no more than 5% in 2026.")).toEqual([
      {
        kind: "level",
        unit: "% (reoffending rate)",
        comparison: "at-most",
        level: 5,
        window: deadline("in 2026", "2026-01-01", "2026-12-31"),
      },
    ]);
  });

  it("will not read a ceiling that does not say what it measures", () => {
    const parsed = parseTargets("Aim at no more than 5% in 2026.", ANNOUNCED);
    expect(parsed).toEqual({
      ok: false,
      error: 'cannot tell what the level 5 measures (in "Aim at no more than 5% in 2026.")',
    });
  });
});

describe("quantities in words and with million or billion", () => {
  it.each([
    ["Provide fifty first-aid courses within 2026.", 50, "first-aid courses"],
    ["Train two thousand volunteers within 2026.", 2000, "volunteers"],
    ["Train twenty-five instructors within 2026.", 25, "instructors"],
    ["Train two hundred and fifty cadets within 2026.", 250, "cadets"],
    ["Reach 1.2 million app users within 2026.", 1_200_000, "app users"],
    ["Reach two million app users within 2026.", 2_000_000, "app users"],
    ["Seize drugs worth HK$1.5 billion within 2026.", 1_500_000_000, "HK$"],
  ])("%s", (text, quantity, unit) => {
    expect(read(text)).toEqual([
      { kind: "count", unit, quantity, deadline: deadline("within 2026", "2026-01-01", "2026-12-31") },
    ]);
  });
});

describe("several targets in one KPI", () => {
  it("reads each figure with the time it belongs to, and a milestone beside them", () => {
    expect(
      read(
        "Open 3 youth hubs for about 5 000 members by mid-2026 and publish the hub guidelines by end-2026.",
      ),
    ).toEqual([
      {
        kind: "count",
        unit: "youth hubs",
        quantity: 3,
        deadline: deadline("by mid-2026", ANNOUNCED, "2026-06-30"),
      },
      {
        kind: "count",
        unit: "members",
        quantity: 5000,
        approximate: true,
        deadline: deadline("by mid-2026", ANNOUNCED, "2026-06-30"),
      },
      { kind: "milestone", deadline: deadline("by end-2026", ANNOUNCED, "2026-12-31") },
    ]);
  });

  it("reads a service level beside a count", () => {
    const targets = read(
      "Install 40 smart kiosks within 2026 and process 98% of renewals within 3 working days.",
    );
    expect(targets.map((t) => t.kind)).toEqual(["count", "level"]);
    expect(targets[1]).toMatchObject({ unit: "% of renewals within 3 working days", level: 98 });
  });
});

describe("inferred bold runs", () => {
  it("bolds the figures of a level and a service standard, and the time phrase", () => {
    const reading = readKpiText(
      "Process 95% of visa applications within 4 weeks from January 2026.",
      ANNOUNCED,
    );
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.emphasis.map(([from, to]) => reading.text.slice(from, to))).toEqual([
      "95%",
      "4",
      "from January 2026",
    ]);
  });

  it("bolds a recurrence's window but not 'per month'", () => {
    const reading = readKpiText(
      "Handle 150 enquiries per month on average in the 2025/26 school year.",
      ANNOUNCED,
    );
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.emphasis.map(([from, to]) => reading.text.slice(from, to))).toEqual([
      "150",
      "the 2025/26 school year",
    ]);
  });
});
