import { compileKpi } from "../../../src/core/engine/compile";
import { parseEntry } from "../../../src/core/engine/entry";
import { kpiMemo } from "../../../src/core/engine/run-cache";
import type { ProgressEntry } from "../../../src/core/engine/types";
import { runContext, validateProgress } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { IDYL_MEMBERS, INSPECTIONS, deadline, entry, kpi, register } from "./fixtures";
import { UNDER_MUTATION } from "../../mutation/runs";

/** A run keeps readings and reason texts between its rows; results must not depend on that. */
const TARGETS: Target[][] = [
  [INSPECTIONS],
  [{ kind: "reduction", unit: "months", from: 7, to: 4, deadline: deadline("2024-01-01", "2024-12-31") }],
  [IDYL_MEMBERS],
  [
    {
      kind: "recurring",
      unit: "appeal cases",
      quantity: 3000,
      period: "year",
      aggregate: "total",
      window: { text: "each year", start: "2023-01-01", end: "2024-12-31" },
    },
  ],
  [
    { kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30") },
    {
      kind: "count",
      label: "public",
      unit: "sessions",
      quantity: 200,
      deadline: deadline("2024-01-01", "2024-12-31"),
    },
  ],
];
const ACTUALS = [null, "", "720", "5", "2 800", "25%", "seven hundred", 3, "190; 200", "1;"];
const DATES = [null, "2024-03-20", "2024-02-30", "2024-12-20"];
const PHRASES = [null, "Task on track.", "Task completed.", "Task delayed.", "nope"];

function freshRegister() {
  return register(TARGETS.map((targets, i) => kpi(`2024-A-${i + 1}`, targets)));
}

function entries(): ProgressEntry[] {
  const rows: ProgressEntry[] = [];
  for (let i = 0; i < 1000; i++) {
    rows.push(
      entry(`2024-A-${(i % TARGETS.length) + 1}`, {
        actual: ACTUALS[Math.floor(i / TARGETS.length) % ACTUALS.length],
        completedOn: DATES[Math.floor(i / 50) % DATES.length],
        reportedStatus: PHRASES[Math.floor(i / 200) % PHRASES.length],
      }),
    );
  }
  return rows;
}

describe("what a run keeps", () => {
  const inspections = compileKpi(kpi("2024-E-1", [INSPECTIONS]));
  const options = { asAt: "2024-10-31" };
  const readActual720 = (ctx: ReturnType<typeof runContext>) =>
    parseEntry(inspections, kpiMemo(ctx.cache, inspections), entry("2024-E-1", { actual: "720" }), ctx);

  it("reads a cell once in a run: later rows typing it share the first row's reading", () => {
    const ctx = runContext(options);
    const first = readActual720(ctx);
    const again = readActual720(ctx);
    expect(first.actuals).toEqual([720]);
    expect(again.actuals).toBe(first.actuals);
  });

  it("is not shared with the next run", () => {
    const ctx = runContext(options);
    const next = runContext(options);
    expect(next.cache).not.toBe(ctx.cache);
    const first = readActual720(ctx);
    const later = readActual720(next);
    expect(later.actuals).toEqual([720]);
    expect(later.actuals).not.toBe(first.actuals);
  });

  it("compiles the register afresh each run, so a KPI changed between runs is judged on its new target", () => {
    const target = { ...INSPECTIONS, quantity: 750 };
    const changing = register([kpi("2024-E-1", [target])]);
    const rows = [entry("2024-E-1", { actual: 720 })];
    expect(validateProgress(changing, rows, options)[0].expectedText).toBe("about 625 proactive inspections");
    target.quantity = 1500;
    expect(validateProgress(changing, rows, options)[0].expectedText).toBe(
      "about 1 250 proactive inspections",
    );
  });
});

describe("texts kept between rows", () => {
  it("give the same results as a first run, whatever as-at dates came before", () => {
    const shared = freshRegister();
    const rows = entries();
    // Under mutation the first three dates already move the kept texts back and forth.
    const asAtDates = ["2024-10-31", "2023-05-01", "2025-03-01", "2024-10-31", "2024-11-01"];
    for (const asAt of UNDER_MUTATION ? asAtDates.slice(0, 3) : asAtDates) {
      const options = { asAt, tolerance: 0.1 };
      expect(validateProgress(shared, rows, options)).toEqual(
        validateProgress(freshRegister(), rows, options),
      );
    }
  });

  it("leaves no result with reasons it can change for another", () => {
    const results = validateProgress(freshRegister(), entries(), { asAt: "2024-10-31" });
    const quiet = results.filter((r) => r.reasons.length === 0);
    expect(quiet.length).toBeGreaterThan(1);
    expect(() => quiet[0].reasons.push("changed")).toThrow(TypeError);
    expect(quiet.every((r) => r.reasons.length === 0)).toBe(true);
    const invalid = results.filter((r) => r.status === "invalid");
    invalid[0].reasons.push("changed");
    expect(invalid.slice(1).some((r) => r.reasons.includes("changed"))).toBe(false);
  });
});
