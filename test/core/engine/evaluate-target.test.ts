import type { CompiledTarget } from "../../../src/core/engine/compiled-target";
import { evaluateTarget } from "../../../src/core/engine/evaluators/evaluate-target";
import { kpiMemo } from "../../../src/core/engine/run-cache";
import { compileKpi } from "../../../src/core/engine/compile";
import { runContext } from "../../../src/core/engine/validate-progress";
import { INSPECTIONS, kpi } from "./fixtures";

describe("evaluateTarget", () => {
  it("throws on a target kind it has no evaluator for, rather than judging it as another kind", () => {
    const compiled = compileKpi(kpi("2024-E-1", [INSPECTIONS]));
    const ctx = runContext({ asAt: "2024-10-31" });
    const memo = kpiMemo(ctx.cache, compiled).targets[0];
    const input = { actual: null, completedOnDay: null, reportedPhrase: null, somethingReported: false };
    const unknown = { ...compiled.targets[0], kind: "forecast" } as unknown as CompiledTarget;
    expect(() => evaluateTarget(unknown, input, ctx, memo)).toThrow(TypeError);
    expect(evaluateTarget(compiled.targets[0], input, ctx, memo).status).toBe("not-reported");
  });
});
