import { parseTargets } from "../../../src/core/target-parser/parse-targets";
import type { Target } from "../../../src/core/register/schema";

const START_2023 = "2023-10-25";
const START_2022 = "2022-10-19";

function targets(text: string, listStart = START_2023): Target[] {
  const parsed = parseTargets(text, listStart);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.targets;
}

describe("parseTargets reads the paper's KPI language", () => {
  it("a count by a deadline", () => {
    expect(
      targets(
        "The FSD will conduct 750 proactive inspections to hardware stores and chemical material stores by end-2024 to combat illegal activities.",
      ),
    ).toEqual([
      {
        kind: "count",
        unit: "proactive inspections",
        quantity: 750,
        deadline: { text: "by end-2024", start: START_2023, end: "2024-12-31" },
      },
    ]);
  });

  it("an approximate count ('about', 'some')", () => {
    expect(
      targets(
        "To promote national security education to about 20 000 participants from youth uniformed groups under disciplined services by end-2024.",
      ),
    ).toEqual([
      {
        kind: "count",
        unit: "participants",
        quantity: 20000,
        approximate: true,
        deadline: { text: "by end-2024", start: START_2023, end: "2024-12-31" },
      },
    ]);
  });

  it("a count from a baseline", () => {
    const [target] = targets(
      "Increase the total number of the Fire & Ambulance Services Teen Connect (FAST Connect) members from 300 to 800 and extend the coverage of FAST Connect to all 18 districts of Hong Kong by the end of the 2023/24 school year.",
    );
    expect(target).toEqual({
      kind: "count",
      unit: "Fire & Ambulance Services Teen Connect (FAST Connect) members",
      quantity: 800,
      baseline: 300,
      deadline: { text: "by the end of the 2023/24 school year", start: START_2023, end: "2024-08-31" },
    });
  });

  it("a staged target", () => {
    expect(
      targets(
        "Increase the membership of the ImmD Youth Leaders Corps from about 400 at the end of last year to 500 by end-2023, and then to 600 within 2024.",
      ),
    ).toEqual([
      {
        kind: "staged",
        unit: "membership of the ImmD Youth Leaders Corps",
        baseline: 400,
        approximate: true,
        stages: [
          { quantity: 500, deadline: { text: "by end-2023", start: START_2023, end: "2023-12-31" } },
          { quantity: 600, deadline: { text: "within 2024", start: "2024-01-01", end: "2024-12-31" } },
        ],
      },
    ]);
  });

  it("a percentage change", () => {
    expect(
      targets(
        "Increase the number of active members of youth uniformed groups of various disciplined services by 5% by end-2023.",
      ),
    ).toEqual([
      {
        kind: "percentage-change",
        unit: "active members of youth uniformed groups of various disciplined services",
        direction: "increase",
        percent: 5,
        deadline: { text: "by end-2023", start: START_2023, end: "2023-12-31" },
      },
    ]);
    const [launch] = targets(
      "To launch the PTS-MCI by the FSD in Q4 2022 to reduce the time of reporting/updating casualty information by more than 50%.",
      START_2022,
    );
    expect(launch).toMatchObject({
      kind: "percentage-change",
      direction: "decrease",
      percent: 50,
      strict: true,
    });
  });

  it('"by more than" and "by over" are strict; "by" alone is not', () => {
    const change = (text: string) => targets(text, START_2022)[0];
    expect(change("Reduce the waiting time by over 20% by end-2023.")).toMatchObject({
      percent: 20,
      strict: true,
    });
    expect(change("Reduce the waiting time by 20% by end-2023.")).not.toHaveProperty("strict");
    expect(change("Reduce the waiting time by about 20% by end-2023.")).not.toHaveProperty("strict");
    expect(change("Reduce the waiting time by at least 20% by end-2023.")).toMatchObject({ percent: 20 });
    expect(change("Reduce the waiting time by at least 20% by end-2023.")).not.toHaveProperty("strict");
  });

  it("a lower-is-better reduction, which needs a deadline", () => {
    const paper =
      "the statutory Torture Claims Appeal Board will enhance its efficiency in handling appeal cases, with the target of reducing the average processing time from over seven months in the past to around four months";
    const parsed = parseTargets(`${paper};`, START_2023);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(
        /^reduction from 7 to 4 months has no deadline in the text \(in "the statutory/,
      );
    expect(targets(`${paper} by end-2024.`)).toEqual([
      {
        kind: "reduction",
        unit: "months",
        from: 7,
        to: 4,
        approximate: true,
        deadline: { text: "by end-2024", start: START_2023, end: "2024-12-31" },
      },
    ]);
  });

  it("recurring targets per period", () => {
    expect(
      targets("with the target of removing no less than 1 200 unsubstantiated claimants per year."),
    ).toEqual([
      {
        kind: "recurring",
        unit: "unsubstantiated claimants",
        quantity: 1200,
        period: "year",
        aggregate: "total",
        window: { text: "per year", start: START_2023 },
      },
    ]);
    expect(
      targets(
        "with a target to complete not less than 1 500 appeal cases in 2022 and not less than 3 000 appeal cases each year starting from 2023.",
        START_2022,
      ),
    ).toEqual([
      {
        kind: "count",
        unit: "appeal cases",
        quantity: 1500,
        deadline: { text: "in 2022", start: "2022-01-01", end: "2022-12-31" },
      },
      {
        kind: "recurring",
        unit: "appeal cases",
        quantity: 3000,
        period: "year",
        aggregate: "total",
        window: { text: "each year starting from 2023", start: "2023-01-01" },
      },
    ]);
    expect(
      targets(
        "Establish the Leaders Forum Alumni Association by end-2023, and organise at least one sharing activity every quarter to facilitate sharing of views.",
      ),
    ).toEqual([
      { kind: "milestone", deadline: { text: "by end-2023", start: START_2023, end: "2023-12-31" } },
      {
        kind: "recurring",
        unit: "sharing activity",
        quantity: 1,
        period: "quarter",
        aggregate: "total",
        window: { text: "every quarter", start: START_2023 },
      },
    ]);
    expect(
      targets(
        "Arrange for the Rehabilitation Express to visit at least 10 primary schools in various districts per month on average in the 2023/24 school year.",
      ),
    ).toEqual([
      {
        kind: "recurring",
        unit: "primary schools",
        quantity: 10,
        period: "month",
        aggregate: "average",
        window: {
          text: "per month on average in the 2023/24 school year",
          start: "2023-09-01",
          end: "2024-08-31",
        },
      },
    ]);
  });

  it("several targets in one bullet", () => {
    const deadline = { text: "by end-2023", start: START_2023, end: "2023-12-31" };
    expect(
      targets(
        "Expand the Project Lighthouse to no less than 10 participating schools and no less than 200 student participants by end-2023.",
      ),
    ).toEqual([
      { kind: "count", unit: "participating schools", quantity: 10, deadline },
      { kind: "count", unit: "student participants", quantity: 200, deadline },
    ]);
    const sessions = targets(
      "To provide 100 training sessions for students at tertiary institutions and 200 training sessions for the public on the Three Basic Skills by the FSD within 2023.",
      START_2022,
    );
    expect(sessions.map((t) => (t.kind === "count" ? [t.quantity, t.unit] : t.kind))).toEqual([
      [100, "training sessions"],
      [200, "training sessions"],
    ]);
  });

  it("dated milestones with no number", () => {
    expect(
      targets(
        'Establish the "Fire Services Department Building Improvement Support Centre" under the FSD by end-2023 to provide owners with one-stop support services.',
      ),
    ).toEqual([
      { kind: "milestone", deadline: { text: "by end-2023", start: START_2023, end: "2023-12-31" } },
    ]);
    expect(
      targets(
        "Launch the “HKSOS” mobile application by the HKPF in Q1 2024, with built-in “Smart Search and Rescue Solutions”.",
      ),
    ).toEqual([
      { kind: "milestone", deadline: { text: "in Q1 2024", start: "2024-01-01", end: "2024-03-31" } },
    ]);
    expect(
      targets(
        "The FSD's Disaster Response and Rescue Team will conduct a 36-hour joint exercise in the GBA within 2024.",
      ),
    ).toEqual([
      { kind: "milestone", deadline: { text: "within 2024", start: "2024-01-01", end: "2024-12-31" } },
    ]);
  });

  it("ongoing, qualitative KPIs", () => {
    expect(
      targets(
        "Continue to collect and analyse intelligence, and take investigatory and law enforcement actions, pursuant to the National Security Law.",
      ),
    ).toEqual([{ kind: "ongoing" }]);
  });

  it("leaves background dates alone", () => {
    expect(
      targets(
        "The C&ED was elected as the Vice-Chairperson of the World Customs Organization (WCO) from 2024 to 2026. The C&ED will strive to promote relevant international participation.",
      ),
    ).toEqual([{ kind: "ongoing" }]);
    expect(
      targets(
        "Upon the completion of the Proof-of-Concept study in Q3 2022, the C&ED will commence the development of all-in-one database in 2024.",
        START_2022,
      ),
    ).toEqual([{ kind: "milestone", deadline: { text: "in 2024", start: "2024-01-01", end: "2024-12-31" } }]);
  });

  it("refuses a count tied only to a start date", () => {
    const parsed = parseTargets(
      "To provide 100 training sessions for students by the FSD starting from 2023.",
      START_2022,
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(
        /"100 training sessions" is tied to "starting from 2023", which gives a start but no end/,
      );
  });

  it("refuses a count without a deadline", () => {
    const parsed = parseTargets("Train 500 volunteers.", START_2023);
    expect(parsed).toEqual({
      ok: false,
      error: '"500 volunteers" has no deadline in the text (in "Train 500 volunteers.")',
    });
  });
});

describe("a stated cycle start (issue 12.3)", () => {
  const cycle = (text: string) => {
    const parsed = parseTargets(text, "2022-10-19");
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.targets.map((t) => (t.kind === "recurring" ? (t.firstMonth ?? null) : "not recurring"));
  };

  it("'each year starting from Q3 2022' runs its years from July", () => {
    expect(cycle("To organise 12 training courses by the FSD each year starting from Q3 2022.")).toEqual([7]);
  });

  it("a year starting in January, or no stated start, follows the calendar", () => {
    expect(cycle("To complete not less than 3 000 appeal cases each year starting from 2023.")).toEqual([
      null,
    ]);
    expect(cycle("To carry out not less than 12 000 operations every year.")).toEqual([null]);
  });

  it("a quarter starting on a calendar quarter keeps calendar quarters; one from February runs Feb-Apr", () => {
    expect(cycle("To hold 5 drills every quarter starting from Q3 2023.")).toEqual([null]);
    expect(cycle("To hold 5 drills every quarter starting from February 2024.")).toEqual([2]);
  });

  it("months are calendar months; a start mid-month is no cycle start", () => {
    expect(cycle("To hold 5 drills every month starting from February 2024.")).toEqual([null]);
    expect(cycle("To hold 5 drills each year starting from 15 July 2024.")).toEqual([null]);
  });
});
