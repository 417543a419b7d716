import { validateTable } from "../../../src/core/engine/validate-progress";
import type { CellValue } from "../../../src/core/tracking/cell-value";
import { kpiDepartments, mergeReturns, type TableEntries } from "../../../src/core/returns/merge-returns";
import type { DepartmentReturn, RefusedRow, ReturnEntry } from "../../../src/core/returns/department-return";
import { EN, type Catalogue } from "../../../src/core/language/catalogue/en";
import { ZH_HK } from "../../../src/core/language/catalogue/zh-hk";
import { messageIn } from "../../../src/core/language/catalogue-message";
import { translatorFor } from "../../../src/core/language/translate";
import { conflictIn, progressEntryOf } from "../../../src/core/returns/source";
import { loadSeed } from "../register/seed-files";

const register = loadSeed(2022);
const departments = kpiDepartments(register);
const BLANK = { actual: "", completedOn: "", reportedStatus: "", latestProgress: "" };

/** 2022-F-1 belongs to FSD and GFS; F-3 and F-4 to FSD only; F-11 to HKPF. */
function table(...ids: string[]): TableEntries[] {
  return ids.map((id) => ({ id, entries: { ...BLANK }, source: "" }));
}

function entry(
  id: string,
  fields: Partial<Record<"actual" | "completedOn" | "reportedStatus" | "latestProgress", CellValue>>,
): ReturnEntry {
  return { id, ...BLANK, ...fields };
}

/** The refused rows with their reasons in words, in the catalogue given. */
function refusedIn(
  refused: readonly RefusedRow[],
  catalogue: Catalogue = EN,
): Array<Omit<RefusedRow, "reason"> & { reason: string }> {
  const t = translatorFor(catalogue);
  return refused.map((row) => ({ ...row, reason: messageIn(t, row.reason) }));
}

function fromDepartment(
  source: string,
  department: DepartmentReturn["department"],
  entries: ReturnEntry[],
): DepartmentReturn {
  return { source, department, receivedAt: "2026-11-27T09:05:00.000Z", entries };
}

describe("mergeReturns", () => {
  it("replaces the table's entries for the KPIs a return gives, records its source and what it replaced", () => {
    const rows = table("2022-F-3", "2022-F-4");
    rows[0].entries.actual = "800";
    rows[0].entries.latestProgress = "Earlier words";
    const fsd = fromDepartment("FSD.xlsx", "FSD", [
      entry("2022-F-3", { actual: "about 900" }),
      entry("2022-F-4", { completedOn: "2022-12-01", reportedStatus: "Task completed." }),
    ]);
    const { updates, summary } = mergeReturns(rows, [fsd], departments);
    expect(summary).toEqual({ merged: 2, unchanged: 0, conflicts: [], refused: [] });
    expect(updates[0]).toEqual({
      id: "2022-F-3",
      kind: "merged",
      // The return's blank Latest progress replaces the table's: the return is the department's word.
      entries: { ...BLANK, actual: "about 900" },
      source: "FSD.xlsx, 2026-11-27 09:05 UTC",
      replaced: { ...BLANK, actual: "800", latestProgress: "Earlier words" },
    });
    expect(updates[1]).toMatchObject({ id: "2022-F-4", kind: "merged" });
  });

  it("writes neither of two returns that disagree on a KPI, and names both figures and sources", () => {
    const fsd = fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-1", { actual: "20; 3" })]);
    const gfs = fromDepartment("GFS returns.csv", "GFS", [entry("2022-F-1", { actual: "25; 3" })]);
    const { updates, summary } = mergeReturns(table("2022-F-1"), [fsd, gfs], departments);
    expect(summary.merged).toBe(0);
    expect(summary.conflicts).toEqual([
      {
        id: "2022-F-1",
        values: [
          { source: "FSD.xlsx, 2026-11-27 09:05 UTC", actual: "20; 3", completedOn: "", reportedStatus: "" },
          {
            source: "GFS returns.csv, 2026-11-27 09:05 UTC",
            actual: "25; 3",
            completedOn: "",
            reportedStatus: "",
          },
        ],
      },
    ]);
    expect(updates).toHaveLength(1);
    const [update] = updates;
    expect(update.kind).toBe("conflict");
    expect(update).not.toHaveProperty("entries");
    expect(conflictIn(update.source)).toContain('FSD.xlsx, 2026-11-27 09:05 UTC gives Actual "20; 3"');
    expect(conflictIn(update.source)).toContain('GFS returns.csv, 2026-11-27 09:05 UTC gives Actual "25; 3"');
  });

  it("merges a shared KPI once when its departments agree, a blank figure taken from the other", () => {
    const fsd = fromDepartment("FSD.xlsx", "FSD", [
      entry("2022-F-1", { actual: "20; 3", latestProgress: "FSD ran 20." }),
    ]);
    const gfs = fromDepartment("GFS.csv", "GFS", [
      entry("2022-F-1", { actual: " 20;  3 ", reportedStatus: "On track.", latestProgress: "GFS ran 3." }),
    ]);
    const { updates, summary } = mergeReturns(table("2022-F-1"), [fsd, gfs], departments);
    expect(summary.conflicts).toEqual([]);
    expect(updates).toEqual([
      {
        id: "2022-F-1",
        kind: "merged",
        entries: {
          actual: "20; 3",
          completedOn: "",
          reportedStatus: "On track.",
          latestProgress: "FSD ran 20.\n\nGFS ran 3.",
        },
        source: "FSD.xlsx, 2026-11-27 09:05 UTC; GFS.csv, 2026-11-27 09:05 UTC",
        replaced: BLANK,
      },
    ]);
  });

  it("refuses another department's KPI and an unknown ID for that row only, and merges the rest", () => {
    const fsd = fromDepartment("FSD.xlsx", "FSD", [
      entry("2022-F-11", { completedOn: "2022-11-30" }),
      entry("2022-Z-9", { actual: "3" }),
      entry("2022-F-3", { actual: "900" }),
    ]);
    const { updates, summary } = mergeReturns(table("2022-F-3", "2022-F-11"), [fsd], departments);
    expect(refusedIn(summary.refused)).toEqual([
      { source: "FSD.xlsx", id: "2022-F-11", reason: "2022-F-11 belongs to HKPF, not FSD" },
      { source: "FSD.xlsx", id: "2022-Z-9", reason: "2022-Z-9 is not in the register" },
    ]);
    expect(refusedIn(summary.refused, ZH_HK).map((row) => row.reason)).toEqual([
      "2022-F-11 屬於 HKPF，不屬於 FSD",
      "2022-Z-9 不在登記冊內",
    ]);
    expect(updates.map((update) => update.id)).toEqual(["2022-F-3"]);
    expect(summary.merged).toBe(1);
  });

  it("checks no department when the return does not say which it is from", () => {
    const unknown = fromDepartment("returns.csv", null, [entry("2022-F-11", { completedOn: "2022-11-30" })]);
    expect(mergeReturns(table("2022-F-11"), [unknown], departments).summary.merged).toBe(1);
  });

  it("counts a KPI returned as it stands as unchanged (a date and its Excel serial are the same entry)", () => {
    const rows = table("2022-F-4");
    rows[0].entries.completedOn = 44_896; // 2022-12-01
    rows[0].source = "FSD.xlsx, 2026-11-20 10:00 UTC";
    const fsd = fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-4", { completedOn: "2022-12-01" })]);
    const { updates, summary } = mergeReturns(rows, [fsd], departments);
    expect(summary).toMatchObject({ merged: 0, unchanged: 1 });
    expect(updates).toEqual([]);
  });

  it("takes a row with nothing entered as a KPI not reported on: it replaces nothing", () => {
    const rows = table("2022-F-3");
    rows[0].entries.actual = "800";
    const fsd = fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-3", {})]);
    expect(mergeReturns(rows, [fsd], departments)).toEqual({
      updates: [],
      summary: { merged: 0, unchanged: 0, conflicts: [], refused: [] },
    });
  });

  it("refuses a KPI given twice with different entries in one return", () => {
    const fsd = fromDepartment("FSD.csv", "FSD", [
      { ...entry("2022-F-3", { actual: "800" }), row: 2 },
      { ...entry("2022-F-3", { actual: "900" }), row: 7 },
    ]);
    const { summary } = mergeReturns(table("2022-F-3"), [fsd], departments);
    expect(refusedIn(summary.refused)).toEqual([
      {
        source: "FSD.csv",
        id: "2022-F-3",
        reason:
          "2022-F-3 is on 2 rows of this return (rows 2, 7) with different entries; keep one row per KPI",
      },
    ]);
    expect(summary.merged).toBe(0);
  });

  it("clears a recorded disagreement when a later collection brings one answer", () => {
    const fsd = fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-1", { actual: "20; 3" })]);
    const gfs = fromDepartment("GFS.csv", "GFS", [entry("2022-F-1", { actual: "25; 3" })]);
    const rows = table("2022-F-1");
    rows[0].source = mergeReturns(rows, [fsd, gfs], departments).updates[0].source;
    // Same entries as the table (blank) would be "unchanged"; with the conflict recorded, it is merged.
    const again = mergeReturns(
      rows,
      [fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-1", { actual: "20; 3" })])],
      departments,
    );
    expect(again.updates[0]).toMatchObject({ kind: "merged", source: "FSD.xlsx, 2026-11-27 09:05 UTC" });
  });
});

describe("a disagreement reaches Validate", () => {
  it("makes the row needs-review, with both figures in the reasons, whatever the entries say", () => {
    const fsd = fromDepartment("FSD.xlsx", "FSD", [entry("2022-F-1", { actual: "40; 20" })]);
    const gfs = fromDepartment("GFS.csv", "GFS", [entry("2022-F-1", { actual: "25; 3" })]);
    const [update] = mergeReturns(table("2022-F-1"), [fsd, gfs], departments).updates;
    const row = { id: "2022-F-1", cells: { id: "2022-F-1", actual: "", source: update.source } };
    const plain = {
      id: "2022-F-3",
      cells: { id: "2022-F-3", actual: "900", source: "FSD.xlsx, 2026-11-27 09:05 UTC" },
    };
    const results = validateTable(register, [progressEntryOf(row), progressEntryOf(plain)], {
      asAt: "2023-01-31",
    });
    expect(results[0].status).toBe("needs-review");
    expect(results[0].reasons[0]).toContain('gives Actual "40; 20"');
    expect(results[0].reasons[0]).toContain('gives Actual "25; 3"');
    expect(results[1].status).not.toBe("needs-review");
    expect(results[1].reasons.join(" ")).not.toContain("disagree");
  });
});
