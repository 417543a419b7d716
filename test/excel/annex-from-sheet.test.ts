import { annexFromActiveSheet } from "../../src/excel/annex-from-sheet";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { typeInto } from "../excel-double/install";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";

function rowOf(annex: Awaited<ReturnType<typeof annexFromActiveSheet>>, id: string) {
  const rows = annex.areas.flatMap((area) => area.measures.flatMap((measure) => measure.rows));
  const row = rows.find((candidate) => candidate.kpiId === id);
  if (!row) throw new Error(`no annex row for ${id}`);
  return row;
}

describe("annex from the tracking sheet", () => {
  it("uses the officers' entries and the engine's phrase, reading the sheet in two round trips and writing nothing", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    typeInto(model, TABLE, "2023-E-1", "Actual", "200");
    typeInto(model, TABLE, "2023-E-1", "Latest progress", "200 inspections were made by June 2024.");
    typeInto(model, TABLE, "2023-B-1", "Actual", "20 500");
    typeInto(model, TABLE, "2023-B-1", "Reported status", "Task completed.");
    const before = JSON.stringify([...model.sheet("KPIs 2023")!.cells]);
    model.syncCount = 0;

    const annex = await annexFromActiveSheet({ asAt: AS_AT, tolerance: 0.1, layout: "progress-report" });

    expect(model.syncCount).toBe(2);
    expect(JSON.stringify([...model.sheet("KPIs 2023")!.cells])).toBe(before);
    expect(annex.year).toBe(2023);
    const inspections = rowOf(annex, "2023-E-1").progress;
    expect(inspections?.source).toBe("officer");
    expect(inspections?.narrative.map((bullet) => bullet.map((run) => run.text).join(""))).toEqual([
      "200 inspections were made by June 2024.",
    ]);
    expect(
      rowOf(annex, "2023-B-1")
        .progress?.statusPhrase.map((run) => run.text)
        .join(""),
    ).toBe("Task completed.");
  });

  it("refuses an impossible as-at date before touching the workbook", async () => {
    const { model } = installDouble();
    await expect(
      annexFromActiveSheet({ asAt: "2024-02-30", tolerance: 0.1, layout: "kpi-list" }),
    ).rejects.toThrow(/not a date/);
    expect(model.syncCount).toBe(0);
  });
});
