import { guidanceRuns, rowEntryGuidance } from "../../../src/core/tracking/entry-guidance";
import type { Target } from "../../../src/core/register/schema";

const deadline = { text: "by end-2024", start: "2024-01-01", end: "2024-12-31" };
const milestone: Target = { kind: "milestone", deadline };
const count: Target = { kind: "count", unit: "sessions", quantity: 10, deadline };

function targets(counts: number, milestones: number): Target[] {
  return [...Array<Target>(counts).fill(count), ...Array<Target>(milestones).fill(milestone)];
}

describe("input messages at Excel's 255-character limit", () => {
  it("keeps a message of exactly 255 characters whole", () => {
    const { message } = rowEntryGuidance(targets(12, 8)).actual;
    expect(message).toBe(
      "20 figures separated by ; in the order of the Target column's parts, for (1), (2), (3), (4), (5), (6), " +
        "(7), (8), (9), (10), (11) and (12), e.g. 98; 99; 100; 101; 102; 103; 104; 105; 106; 107; 108; 109; ; ; " +
        "; ; ; ; ; . Leave a place empty if not known yet.",
    );
    expect(message).toHaveLength(255);
  });

  it("cuts a longer message before the last word that might run past the limit", () => {
    // The full message has 272 characters. Its first 254 (room for "…") end in "Leave a place empty",
    // and since "empty" might go on, the cut falls at the space before it.
    expect(rowEntryGuidance(targets(15, 0)).actual.message).toBe(
      "15 figures separated by ; in the order of the Target column's parts, for (1), (2), (3), (4), (5), (6), " +
        "(7), (8), (9), (10), (11), (12), (13), (14) and (15), e.g. 98; 99; 100; 101; 102; 103; 104; 105; 106; " +
        "107; 108; 109; 110; 111; 112. Leave a place…",
    );
  });
});

test("a figure for the first of two parts is shown in its place, the empty place after it marked by ;", () => {
  const guidance = rowEntryGuidance([count, milestone]);
  expect(guidance.actual.message).toBe(
    "One figure, for part (1) of the Target column (or in its place: 150;). Recurring targets: this period's figure.",
  );
  expect(guidance.completedOn.message).toBe(
    "Date milestone (2) was achieved, e.g. 2024-03-20 or 20/3/2024 (day first).",
  );
});

test("rows share one input message only when its title matches too", () => {
  const actual = { title: "Actual", message: "Leave empty." };
  const completedOn = { title: "Completed on", message: "Leave empty." };
  expect(guidanceRuns([actual, completedOn])).toEqual([
    { first: 0, rows: 1, guidance: actual },
    { first: 1, rows: 1, guidance: completedOn },
  ]);
});
