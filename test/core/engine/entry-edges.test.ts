import { validateKpi, validateProgress } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { INSPECTIONS, deadline, entry, kpi, register } from "./fixtures";

const AS_AT = { asAt: "2024-10-31" };
const MID_2024: Target = { kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024") };
const END_2024: Target = { kind: "milestone", deadline: deadline("2024-01-01", "2024-12-31", "by end-2024") };
const oneMilestone = kpi("2024-F-1", [MID_2024]);
const twoMilestones = kpi("2024-M-1", [MID_2024, END_2024]);

describe("Actual on a KPI with nothing to count", () => {
  test("a milestone KPI asks for the date in Completed on instead", () => {
    const result = validateKpi(oneMilestone, entry("2024-F-1", { actual: 5 }), AS_AT);
    expect(result.reasons).toEqual([
      "Actual: this KPI has no numeric target — leave Actual empty and put the date achieved in Completed on",
    ]);
  });

  test("an ongoing KPI only asks for Actual to be left empty", () => {
    const result = validateKpi(
      kpi("2024-A-1", [{ kind: "ongoing" }]),
      entry("2024-A-1", { actual: 5 }),
      AS_AT,
    );
    expect(result.reasons).toEqual(["Actual: this KPI has no numeric target — leave Actual empty"]);
  });
});

describe("the same impossible Completed on date on KPIs with one and with two milestones", () => {
  const wholeKpi = 'Completed on: "31/4/2024" is not a real date: April 2024 has 30 days';
  const firstPart =
    'Completed on (1) milestone by mid-2024: "31/4/2024" is not a real date: April 2024 has 30 days';
  const table = register([oneMilestone, twoMilestones]);

  test("the one-milestone row first: the two-milestone row still names its part", () => {
    const [single, several] = validateProgress(
      table,
      [entry("2024-F-1", { completedOn: "31/4/2024" }), entry("2024-M-1", { completedOn: "31/4/2024;" })],
      AS_AT,
    );
    expect(single.reasons).toEqual([wholeKpi]);
    expect(several.reasons).toEqual([firstPart]);
  });

  test("the two-milestone row first: the one-milestone row names no part", () => {
    const [several, single] = validateProgress(
      table,
      [entry("2024-M-1", { completedOn: "31/4/2024;" }), entry("2024-F-1", { completedOn: "31/4/2024" })],
      AS_AT,
    );
    expect(several.reasons).toEqual([firstPart]);
    expect(single.reasons).toEqual([wholeKpi]);
  });
});

describe("Reported status with more phrases than parts", () => {
  test("a KPI with one target says 1 part, not 1 parts", () => {
    const result = validateKpi(
      kpi("2024-E-1", [INSPECTIONS]),
      entry("2024-E-1", { reportedStatus: "KPI of 2022 completed. KPI of 2023 on track." }),
      AS_AT,
    );
    expect(result.reasons).toEqual([
      "Reported status: 2 phrases, but this KPI has 1 part — give one phrase, or one per part in the order of the Target column: proactive inspections",
    ]);
  });

  test("one phrase per part is read in the Target column's order", () => {
    const twoOngoing = kpi("2024-A-2", [{ kind: "ongoing" }, { kind: "ongoing" }]);
    const result = validateKpi(
      twoOngoing,
      entry("2024-A-2", { reportedStatus: "KPI of 2022 on track. KPI of 2023 delayed." }),
      AS_AT,
    );
    expect(result.parts.map((part) => part.status)).toEqual(["on-track", "off-track"]);
  });
});
