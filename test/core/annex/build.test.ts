import { buildAnnex, progressLines } from "../../../src/core/annex";
import { runsText } from "../../../src/core/register/kpi-text";
import { entry, result, smallRegister } from "./fixture";

function rowsById(annex: ReturnType<typeof buildAnnex>) {
  return new Map(
    annex.areas.flatMap((a) => a.measures.flatMap((m) => m.rows)).map((row) => [row.kpiId, row]),
  );
}

function lines(annex: ReturnType<typeof buildAnnex>, kpiId: string): string[] {
  return progressLines(rowsById(annex).get(kpiId)?.progress).map(runsText);
}

describe("buildAnnex", () => {
  it("lays out a KPI list with two columns and no progress", () => {
    const annex = buildAnnex({ register: smallRegister, asAt: "2024-09-30", layout: "kpi-list" });
    expect(annex.columns).toEqual(["Measures", "KPIs"]);
    expect(annex.title).toBe(smallRegister.title);
    expect(annex.areas.map((a) => a.heading)).toEqual([
      "(I) Safeguarding Our Country and Home",
      "(II) Joining Hands on the Road to Rehabilitation",
    ]);
    expect(annex.areas[0].measures[0].heading).toBe("(A) Enhancing Community Emergency Preparedness");
    expect(annex.areas[1].measures[0].preamble).toEqual(smallRegister.areas[1].measures[0].preamble);
    expect([...rowsById(annex).values()].every((row) => row.progress === undefined)).toBe(true);
  });

  it("uses a KPI's first row when the progress was entered twice (validation flags the second)", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [
        entry("2023-A-1", { actual: 600, latestProgress: "First row." }),
        entry("2023-A-1", { actual: 100, latestProgress: "Second row." }),
      ],
      results: [result("2023-A-1", "Task on track."), result("2023-A-1", "To be confirmed.")],
    });
    expect(lines(annex, "2023-A-1")).toEqual(["Task on track.", "First row."]);
  });

  it("names the progress column with the paper's date style", () => {
    const annex = buildAnnex({ register: smallRegister, asAt: "2024-09-30", layout: "progress-report" });
    expect(annex.columns).toEqual(["Measures", "KPIs", "Latest Progress (as at 30 September 2024)"]);
  });

  it("puts the engine's proposed phrase first, then the officer's narrative as emphasised bullets", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [
        entry("2023-A-1", { actual: 600, latestProgress: "Inspected 600 stores.\nMore in October 2024." }),
      ],
      results: [result("2023-A-1", "Task on track.")],
    });
    const row = rowsById(annex).get("2023-A-1")!;
    expect(row.progress?.source).toBe("officer");
    expect(lines(annex, "2023-A-1")).toEqual([
      "Task on track.",
      "Inspected 600 stores.",
      "More in October 2024.",
    ]);
    expect(row.progress?.narrative[1]).toContainEqual({ text: "October 2024", bold: true });
  });

  it("lets the officer's Reported status override the proposed phrase", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-1", { reportedStatus: "Working towards the target." })],
      results: [result("2023-A-1", "Task on track.")],
    });
    expect(lines(annex, "2023-A-1")).toEqual(["Working towards the target."]);
  });

  it("uses the paper's own progress where the officer entered nothing", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2023-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-2")],
      results: [result("2023-A-2", "Task completed.")],
    });
    const row = rowsById(annex).get("2023-A-2")!;
    expect(row.progress?.source).toBe("paper");
    expect(lines(annex, "2023-A-2")).toEqual(["Task on track.", "Premises found in 2024."]);
    expect(row.progress?.narrative[0]).toContainEqual({ text: "2024", bold: true });
  });

  it("prefers an officer's entry to the paper's progress", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-2", { completedOn: "2024-05-01", latestProgress: "Opened on 1 May 2024." })],
      results: [result("2023-A-2", "Task completed.")],
    });
    expect(lines(annex, "2023-A-2")).toEqual(["Task completed.", "Opened on 1 May 2024."]);
  });

  it("falls back to the engine's phrase alone, and to an empty cell when nothing is known", () => {
    const annex = buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      results: [result("2023-A-1", "Task on track.")],
    });
    expect(rowsById(annex).get("2023-A-1")?.progress).toEqual({
      statusPhrase: [{ text: "Task on track." }],
      narrative: [],
      source: "engine",
    });
    expect(rowsById(annex).get("2023-B-1")?.progress).toBeUndefined();
  });

  it("does not share run objects with the register", () => {
    const annex = buildAnnex({ register: smallRegister, asAt: "2024-09-30", layout: "kpi-list" });
    annex.areas[0].measures[0].rows[0].kpi[0].text = "changed";
    expect(smallRegister.areas[0].measures[0].kpis[0].text[0].text).toBe("The FSD will conduct ");
  });
});
