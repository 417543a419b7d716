import { STATUSES } from "../../../src/core/vocabulary";
import { STATUS_STYLES, TINTED_STATUSES, statusRuleFormula } from "../../../src/core/tracking/flags";
import {
  columnLetter,
  columnNumber,
  excelSerialFromIso,
  trackingColumnLetter,
} from "../../../src/core/tracking/sheet-layout";
import { describeTargets, finalDeadline, formatQuantity } from "../../../src/core/tracking/describe";
import type { Target } from "../../../src/core/register/schema";

describe("sheet layout", () => {
  it("names columns as Excel does", () => {
    expect([0, 12, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "M", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(trackingColumnLetter("status")).toBe("M");
    expect(["A", "M", "Z", "AA", "AB", "ZZ", "AAA"].map(columnNumber)).toEqual([0, 12, 25, 26, 27, 701, 702]);
  });

  it("converts ISO dates to Excel serials in the 1900 date system", () => {
    expect(excelSerialFromIso("2024-03-20")).toBe(45371);
    expect(excelSerialFromIso("1900-03-01")).toBe(61);
  });
});

describe("status flags", () => {
  it("anchors the rule at the first data row with an absolute Status column", () => {
    expect(statusRuleFormula("overdue", 5)).toBe('=$M5="overdue"');
    expect(statusRuleFormula("overdue", 7, "O")).toBe('=$O7="overdue"');
  });

  it("tints exactly the flagged and completed statuses, each in its own colour", () => {
    expect([...TINTED_STATUSES].sort()).toEqual([
      "completed",
      "invalid",
      "needs-review",
      "off-track",
      "overdue",
    ]);
    const fills = STATUSES.map((status) => STATUS_STYLES[status].fill).filter((fill) => fill !== null);
    expect(new Set(fills).size).toBe(fills.length);
  });
});

describe("target descriptions", () => {
  const deadline = { text: "by end-2024", start: "2023-10-25", end: "2024-12-31" };

  it("formats quantities with the paper's thin thousands separator", () => {
    expect(formatQuantity(100000)).toBe("100 000");
    expect(formatQuantity(25.4)).toBe("25.4");
  });

  it("numbers several targets in the order Actual values are entered", () => {
    const targets: Target[] = [
      { kind: "count", unit: "participating schools", quantity: 10, deadline },
      { kind: "count", unit: "student participants", quantity: 200, deadline },
    ];
    expect(describeTargets(targets)).toBe("(1) 10 participating schools (2) 200 student participants");
  });

  it('says "by more than" for a strict percentage change (2022-F-8), and nothing more for "by 50%"', () => {
    const change: Target = {
      kind: "percentage-change",
      unit: "time",
      direction: "decrease",
      percent: 50,
      deadline,
    };
    expect(describeTargets([change])).toBe("-50% time");
    expect(describeTargets([{ ...change, strict: true }])).toBe("-50% time (by more than 50%)");
  });

  it("takes the last deadline of a staged target and none for ongoing work", () => {
    const staged: Target = {
      kind: "staged",
      unit: "members",
      baseline: 400,
      approximate: true,
      stages: [
        { quantity: 500, deadline: { text: "by end-2023", start: "2023-10-25", end: "2023-12-31" } },
        { quantity: 600, deadline: { text: "within 2024", start: "2024-01-01", end: "2024-12-31" } },
      ],
    };
    expect(finalDeadline([staged])).toBe("2024-12-31");
    expect(finalDeadline([{ kind: "ongoing" }])).toBeNull();
  });
});
