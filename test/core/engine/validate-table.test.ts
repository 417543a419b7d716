import { validateTable } from "../../../src/core/engine/validate-progress";
import type { ProgressEntry } from "../../../src/core/engine/types";
import { INSPECTIONS, entry, kpi, register } from "./fixtures";

const AS_AT = { asAt: "2024-10-31" };
const table = register([kpi("2024-E-1", [INSPECTIONS]), kpi("2024-E-2", [INSPECTIONS])]);
const EMPTY_ID = "KPI ID: empty — copy the ID from the register, e.g. 2023-E-1";

describe("a KPI with more than one row", () => {
  test("the second row, its ID typed with spaces around it, is invalid and points to the first", () => {
    const results = validateTable(
      table,
      [
        entry("2024-E-1", { actual: 700 }),
        entry("2024-E-2", { actual: 700 }),
        entry(" 2024-E-1 ", { actual: 800 }),
      ],
      AS_AT,
    );
    expect(results.map((r) => r.status)).toEqual(["on-track", "on-track", "invalid"]);
    expect(results[2]).toEqual({
      kpiId: " 2024-E-1 ",
      status: "invalid",
      reasons: ["KPI ID: 2024-E-1 already has a row above (entry 1); keep one row per KPI"],
      expected: null,
      actual: null,
      expectedText: "",
      proposedPhrase: "To be confirmed.",
      parts: [],
    });
  });

  test("rows with an empty ID are each reported as empty, not as repeats of each other", () => {
    const results = validateTable(table, [entry(""), entry("  "), entry("2024-E-2", { actual: 700 })], AS_AT);
    expect(results.map((r) => r.reasons)).toEqual([[EMPTY_ID], [EMPTY_ID], []]);
  });
});

describe("a row whose sources disagree", () => {
  const withConflict = (row: ProgressEntry, conflict: string | null): ProgressEntry => ({ ...row, conflict });
  const disagreement = 'FSD.xlsx gives Actual "700"; GFS returns.csv gives Actual "650"';

  test("needs review, with the disagreement first among its reasons", () => {
    const [result] = validateTable(
      table,
      [withConflict(entry("2024-E-1", { actual: 700 }), disagreement)],
      AS_AT,
    );
    expect(result).toMatchObject({
      status: "needs-review",
      reasons: [disagreement],
      proposedPhrase: "To be confirmed.",
    });
  });

  test("stays invalid when its entries cannot be read", () => {
    const [result] = validateTable(
      table,
      [withConflict(entry("2024-E-1", { actual: "seven hundred" }), disagreement)],
      AS_AT,
    );
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual([
      disagreement,
      'Actual: "seven hundred" is not a number — write digits, e.g. 700',
    ]);
  });

  test("an empty or absent disagreement changes nothing", () => {
    const results = validateTable(
      table,
      [
        withConflict(entry("2024-E-1", { actual: 700 }), ""),
        withConflict(entry("2024-E-2", { actual: 700 }), null),
      ],
      AS_AT,
    );
    expect(results.map((r) => [r.status, r.reasons])).toEqual([
      ["on-track", []],
      ["on-track", []],
    ]);
  });
});
