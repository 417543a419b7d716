import fc from "fast-check";
import { fromDayNumber, dayNumber } from "../../../src/core/calendar";
import { REPORTED_STATUS_PHRASES } from "../../../src/core/engine/phrases";
import { validateKpi } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { PERIODS, type Status } from "../../../src/core/vocabulary";
import { entry, kpi } from "./fixtures";
import { mutationScaled } from "../../mutation/runs";

/** Precedence as in docs/status-rules.md, written out here, not imported from the engine (best first). */
const PRECEDENCE: readonly Status[] = [
  "completed",
  "on-track",
  "not-reported",
  "off-track",
  "overdue",
  "needs-review",
  "invalid",
];
const rank = (status: Status): number => PRECEDENCE.indexOf(status);

const runs = mutationScaled;

const FIRST_DAY = dayNumber("2022-01-01");
const LAST_DAY = dayNumber("2027-12-31");

const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const span = fc.tuple(day, fc.integer({ min: 0, max: 1500 })).map(([start, length]) => ({
  text: "window",
  start: fromDayNumber(start),
  end: fromDayNumber(Math.min(start + length, LAST_DAY)),
}));
const quantity = fc.integer({ min: 1, max: 20_000 });
const tolerance = fc.constantFrom(0, 0.05, 0.1, 0.25);
const reported = fc.constantFrom<string | null>(null, ...REPORTED_STATUS_PHRASES);

/** Targets where a higher Actual is more progress, with their last deadline. */
const increasingTarget: fc.Arbitrary<Target> = fc.oneof(
  fc
    .record({ quantity, base: fc.integer({ min: 0, max: 500 }), deadline: span })
    .map(({ quantity: q, base, deadline }): Target => ({
      kind: "count",
      unit: "things",
      quantity: q + base,
      baseline: base,
      deadline,
    })),
  fc.record({ first: quantity, extra: quantity, a: span, b: span }).map(({ first, extra, a, b }): Target => {
    const [early, late] = a.end <= b.end ? [a, b] : [b, a];
    return {
      kind: "staged",
      unit: "members",
      baseline: 0,
      stages: [
        { quantity: first, deadline: early },
        { quantity: first + extra, deadline: late },
      ],
    };
  }),
  fc
    .record({
      percent: fc.integer({ min: 1, max: 80 }),
      deadline: span,
      direction: fc.constantFrom("increase", "decrease"),
    })
    .map(({ percent, deadline, direction }): Target => ({
      kind: "percentage-change",
      unit: "members",
      direction,
      percent,
      deadline,
    })),
  fc
    .record({
      quantity,
      period: fc.constantFrom(...PERIODS),
      aggregate: fc.constantFrom("total", "average"),
      window: span,
      open: fc.boolean(),
    })
    .map(({ quantity: q, period, aggregate, window, open }): Target => ({
      kind: "recurring",
      unit: "visits",
      quantity: q,
      period,
      aggregate,
      window: open ? { text: window.text, start: window.start } : window,
    })),
);

const reductionTarget: fc.Arbitrary<Target> = fc
  .record({ to: fc.integer({ min: 0, max: 1000 }), gap: quantity, deadline: span })
  .map(({ to, gap, deadline }): Target => ({
    kind: "reduction",
    unit: "days",
    from: to + gap,
    to,
    deadline,
  }));

function run(target: Target, asAtDay: number, tol: number, fields: Parameters<typeof entry>[1]) {
  return validateKpi(kpi("2024-A-1", [target]), entry("2024-A-1", fields), {
    asAt: fromDayNumber(asAtDay),
    tolerance: tol,
  });
}

function lastDeadline(target: Target): string | null {
  switch (target.kind) {
    case "count":
    case "percentage-change":
    case "reduction":
    case "milestone":
      return target.deadline.end;
    case "staged":
      return target.stages[target.stages.length - 1].deadline.end;
    case "recurring":
    case "level":
      return target.window.end ?? null;
    case "ongoing":
      return null;
  }
}

describe("invariants", () => {
  test("more progress never makes a status worse", () => {
    fc.assert(
      fc.property(
        increasingTarget,
        day,
        tolerance,
        reported,
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        (target, asAtDay, tol, phrase, x, y) => {
          const [less, more] = x <= y ? [x, y] : [y, x];
          const worse = run(target, asAtDay, tol, { actual: less, reportedStatus: phrase });
          const better = run(target, asAtDay, tol, { actual: more, reportedStatus: phrase });
          expect(rank(better.status)).toBeLessThanOrEqual(rank(worse.status));
        },
      ),
      { numRuns: runs(2_000) },
    );
  });

  test("for reductions, a lower figure never makes a status worse", () => {
    fc.assert(
      fc.property(
        reductionTarget,
        day,
        tolerance,
        fc.nat(25_000),
        fc.nat(25_000),
        (target, asAtDay, tol, x, y) => {
          const [lower, higher] = x <= y ? [x, y] : [y, x];
          const better = run(target, asAtDay, tol, { actual: lower });
          const worse = run(target, asAtDay, tol, { actual: higher });
          expect(rank(better.status)).toBeLessThanOrEqual(rank(worse.status));
        },
      ),
      { numRuns: runs(1_000) },
    );
  });

  test("a milestone's completion date never makes a status worse", () => {
    fc.assert(
      fc.property(span, day, reported, (deadline, asAtDay, phrase) => {
        const target: Target = { kind: "milestone", deadline };
        const without = run(target, asAtDay, 0.1, { reportedStatus: phrase });
        const withDate = run(target, asAtDay, 0.1, {
          reportedStatus: phrase,
          completedOn: fromDayNumber(asAtDay),
        });
        expect(withDate.status).toBe("completed");
        expect(rank(withDate.status)).toBeLessThanOrEqual(rank(without.status));
      }),
      { numRuns: runs(500) },
    );
  });

  test("an as-at date after the deadline never gives on-track", () => {
    const anyTarget = fc.oneof(
      increasingTarget,
      reductionTarget,
      span.map((deadline): Target => ({ kind: "milestone", deadline })),
    );
    fc.assert(
      fc.property(
        anyTarget,
        fc.integer({ min: 1, max: 800 }),
        tolerance,
        reported,
        fc.option(fc.nat(30_000), { nil: null }),
        (target, daysLate, tol, phrase, actual) => {
          const end = lastDeadline(target);
          fc.pre(end !== null);
          const numeric = target.kind !== "milestone";
          const result = run(target, dayNumber(end!) + daysLate, tol, {
            actual: numeric ? actual : null,
            reportedStatus: phrase,
          });
          expect(result.status).not.toBe("on-track");
        },
      ),
      { numRuns: runs(2_000) },
    );
  });

  test("reductions mirror increases", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        quantity,
        span,
        day,
        tolerance,
        fc.option(fc.nat(30_000), { nil: null }),
        (baseline, gap, deadline, asAtDay, tol, actual) => {
          const mirror = 40_000;
          const count: Target = {
            kind: "count",
            unit: "things",
            baseline,
            quantity: baseline + gap,
            deadline,
          };
          const reduction: Target = {
            kind: "reduction",
            unit: "things",
            from: mirror - baseline,
            to: mirror - baseline - gap,
            deadline,
          };
          const up = run(count, asAtDay, tol, { actual });
          const down = run(reduction, asAtDay, tol, { actual: actual === null ? null : mirror - actual });
          expect(down.status).toBe(up.status);
          expect(down.expected).toBeCloseTo(mirror - up.expected!, 1);
        },
      ),
      { numRuns: runs(2_000) },
    );
  });

  test("every KPI with several targets takes the worst status of its parts", () => {
    fc.assert(
      fc.property(
        fc.array(increasingTarget, { minLength: 2, maxLength: 4 }),
        day,
        fc.array(fc.nat(20_000), { minLength: 4, maxLength: 4 }),
        (targets, asAtDay, values) => {
          const result = validateKpi(
            kpi("2024-A-1", targets),
            entry("2024-A-1", { actual: values.slice(0, targets.length).join("; ") }),
            {
              asAt: fromDayNumber(asAtDay),
            },
          );
          const worst = Math.max(...result.parts.map((part) => rank(part.status)));
          expect(rank(result.status)).toBe(worst);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
