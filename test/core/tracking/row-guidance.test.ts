import { ENTRY_GUIDANCE, guidanceRuns, rowEntryGuidance } from "../../../src/core/tracking/entry-guidance";
import { describeTargets } from "../../../src/core/tracking/describe";
import type { Target } from "../../../src/core/register/schema";

const deadline = { text: "in early 2023", start: "2023-01-01", end: "2023-04-30" };
const milestone: Target = { kind: "milestone", deadline };
const count = (quantity: number): Target => ({ kind: "count", unit: "sessions", quantity, deadline });

describe("each row's input message shows the shape its entries take", () => {
  test("a single-target row keeps the column's message", () => {
    expect(rowEntryGuidance([count(5)])).toBe(ENTRY_GUIDANCE);
  });

  test("two milestones: one date per part, with an empty first place as the example", () => {
    const guidance = rowEntryGuidance([milestone, milestone]);
    expect(guidance.completedOn.message).toBe(
      "One date per part separated by ; in the order of the Target column, e.g. ; 2024-03-20 when only part (2) is done.",
    );
    expect(guidance.actual.message).toBe("No figure for this KPI: leave Actual empty.");
  });

  test("a milestone beside a count: one figure, one date, each naming its part", () => {
    const guidance = rowEntryGuidance([milestone, count(100)]);
    expect(guidance.actual.message).toBe(
      "One figure, for part (2) of the Target column (or in its place: ; 150). Recurring targets: this period's figure.",
    );
    expect(guidance.completedOn.message).toBe(
      "Date milestone (1) was achieved, e.g. 2024-03-20 or 20/3/2024 (day first).",
    );
  });

  test("three counts: one figure per part", () => {
    const guidance = rowEntryGuidance([count(1), count(2), count(3)]);
    expect(guidance.actual.message).toBe(
      "3 figures separated by ; in the order of the Target column's parts, for (1), (2) and (3), e.g. 98; 99; 100. Leave a place empty if not known yet.",
    );
    expect(guidance.completedOn).toEqual(ENTRY_GUIDANCE.completedOn);
  });

  test("a message past Excel's 255 characters is cut after a whole part number, marked with …", () => {
    const many = Array.from({ length: 40 }, (_, i) => count(i));
    const { message } = rowEntryGuidance(many).actual;
    expect(message.length).toBeLessThanOrEqual(255);
    expect(message.length).toBeGreaterThan(240);
    expect(message).toMatch(/^40 figures separated by ; .*, \(\d+\)…$/);
  });

  test("consecutive rows with the same message form one run", () => {
    const single = ENTRY_GUIDANCE.actual;
    const twoParts = rowEntryGuidance([milestone, count(100)]).actual;
    // An equal message built anew still joins the run: runs compare the words, not the object.
    const again = { ...single };
    expect(guidanceRuns([single, again, twoParts, single])).toEqual([
      { first: 0, rows: 2, guidance: single },
      { first: 2, rows: 1, guidance: twoParts },
      { first: 3, rows: 1, guidance: single },
    ]);
    expect(guidanceRuns([])).toEqual([]);
  });
});

test("the Target column numbers the parts (1) … (2) …, a milestone with when it is due", () => {
  expect(describeTargets([count(40), milestone])).toBe("(1) 40 sessions (2) Milestone in early 2023");
});

test("a recurring target with a stated cycle says when its cycles start", () => {
  expect(
    describeTargets([
      {
        kind: "recurring",
        unit: "training courses",
        quantity: 12,
        period: "year",
        aggregate: "total",
        firstMonth: 7,
        window: { text: "each year starting from Q3 2022", start: "2022-07-01" },
      },
    ]),
  ).toBe("12 training courses per year (cycles from July)");
});
