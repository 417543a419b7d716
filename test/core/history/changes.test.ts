import type { Status } from "../../../src/core/vocabulary";
import type { KpiResult, ProgressEntry } from "../../../src/core/engine/types";
import { changesSinceLastValidation, kpiHistory } from "../../../src/core/history/changes";
import {
  HISTORY_HEADER,
  historyRowValues,
  readHistoryRows,
  validatedAtText,
  type HistoryRow,
} from "../../../src/core/history/layout";
import { replacedRows, snapshotRows } from "../../../src/core/history/snapshot";

function entry(kpiId: string, actual: string | number = ""): ProgressEntry {
  return { kpiId, actual, completedOn: "", reportedStatus: "", latestProgress: "" };
}

function result(kpiId: string, status: Status): KpiResult {
  return {
    kpiId,
    status,
    reasons: [],
    expected: null,
    actual: null,
    expectedText: "",
    proposedPhrase: "",
    parts: [],
  };
}

function snapshot(
  asAt: string,
  validatedAt: string,
  rows: Array<[string, string | number, Status]>,
): HistoryRow[] {
  return snapshotRows({
    asAt,
    validatedAt,
    entries: rows.map(([id, actual]) => entry(id, actual)),
    results: rows.map(([id, , status]) => result(id, status)),
  });
}

describe("snapshotRows", () => {
  it("gives one row per KPI row with an ID, with its entries and status, and no note", () => {
    const rows = snapshotRows({
      asAt: "2024-03-31",
      validatedAt: "2024-04-02 08:00:00 UTC",
      entries: [entry("2023-E-1", "about 580"), entry("  "), entry("2023-A-1")],
      results: [result("2023-E-1", "off-track"), result("", "invalid"), result("2023-A-1", "not-reported")],
    });
    expect(rows.map(historyRowValues)).toEqual([
      ["2024-03-31", "2024-04-02 08:00:00 UTC", "2023-E-1", "about 580", "", "", "off-track", ""],
      ["2024-03-31", "2024-04-02 08:00:00 UTC", "2023-A-1", "", "", "", "not-reported", ""],
    ]);
  });

  it("reads back what it wrote, whatever order the sheet's columns were moved into", () => {
    const rows = snapshot("2024-03-31", "t1", [["2023-E-1", 580, "on-track"]]);
    const order = [6, 0, 1, 2, 3, 4, 5, 7];
    const sheet = [HISTORY_HEADER, ...rows.map(historyRowValues)].map((row) => order.map((i) => row[i]));
    expect(readHistoryRows(sheet)).toEqual(rows);
    expect(readHistoryRows([["Something", "else"]])).toBeNull();
  });

  it("writes the validation time to the second, in UTC", () => {
    expect(validatedAtText(new Date(Date.UTC(2024, 3, 2, 8, 5, 9, 700)))).toBe("2024-04-02 08:05:09 UTC");
  });
});

describe("changesSinceLastValidation", () => {
  const first = snapshot("2024-03-31", "2024-04-02 08:00:00 UTC", [
    ["2023-A-1", "", "on-track"],
    ["2023-B-1", 5000, "on-track"],
    ["2023-C-2", 1, "on-track"],
    ["2023-D-1", 100, "on-track"],
  ]);
  const second = snapshot("2024-06-30", "2024-07-03 09:00:00 UTC", [
    ["2023-A-1", "", "overdue"],
    ["2023-B-1", 5000, "on-track"],
    ["2023-C-2", 2, "completed"],
    ["2023-D-1", 90, "on-track"],
    ["2023-E-1", 10, "off-track"],
  ]);

  /** 2023-C-2's Actual 1, replaced by a return between the two validations. */
  const replacedC2 = () =>
    replacedRows("2024-06-30", "2024-07-01 10:00:00 UTC", [
      {
        id: "2023-C-2",
        replaced: { actual: 1, completedOn: "", reportedStatus: "", latestProgress: "" },
        status: "on-track",
        by: "FSD.xlsx, 2024-07-01 10:00 UTC",
      },
    ]);

  it("lists status moves and changed figures between the last two validations, worst first", () => {
    const replaced = replacedC2();
    const found = changesSinceLastValidation([...first, ...replaced, ...second]);
    expect(found.previous).toEqual({ asAt: "2024-03-31", validatedAt: "2024-04-02 08:00:00 UTC" });
    expect(found.latest).toEqual({ asAt: "2024-06-30", validatedAt: "2024-07-03 09:00:00 UTC" });
    expect(
      found.changes.map((change) => [
        change.id,
        change.from?.status ?? null,
        change.to.status,
        change.figuresChanged,
      ]),
    ).toEqual([
      ["2023-A-1", "on-track", "overdue", []],
      ["2023-E-1", null, "off-track", []],
      ["2023-D-1", "on-track", "on-track", ["actual"]],
      ["2023-C-2", "on-track", "completed", ["actual"]],
    ]);
  });

  it("compares the last two validations only, not earlier ones", () => {
    const third = snapshot("2024-09-30", "2024-10-02 09:00:00 UTC", [["2023-A-1", "", "overdue"]]);
    expect(changesSinceLastValidation([...first, ...second, ...third]).changes).toEqual([]);
  });

  it("tells apart two validations made in the same second on the same date", () => {
    const at = "2024-07-03 09:00:00 UTC";
    const one = snapshot("2024-06-30", at, [["2023-A-1", "", "on-track"]]);
    const two = snapshot("2024-06-30", at, [["2023-A-1", 5, "off-track"]]);
    expect(
      changesSinceLastValidation([...one, ...two]).changes.map((change) => [
        change.id,
        change.from?.status,
        change.to.status,
      ]),
    ).toEqual([["2023-A-1", "on-track", "off-track"]]);
  });

  it("has nothing to compare with fewer than two validations", () => {
    expect(changesSinceLastValidation(first)).toEqual({
      previous: null,
      latest: { asAt: "2024-03-31", validatedAt: "2024-04-02 08:00:00 UTC" },
      changes: [],
    });
    expect(changesSinceLastValidation([])).toEqual({ previous: null, latest: null, changes: [] });
  });

  it("gives one KPI's own history, replaced entries included, oldest first", () => {
    const replaced = replacedC2();
    const own = kpiHistory([...first, ...replaced, ...second], "2023-C-2");
    expect(own.map((row) => [row.asAt, row.actual, row.status, row.note])).toEqual([
      ["2024-03-31", 1, "on-track", ""],
      ["2024-06-30", 1, "on-track", "Replaced by FSD.xlsx, 2024-07-01 10:00 UTC"],
      ["2024-06-30", 2, "completed", ""],
    ]);
  });
});
