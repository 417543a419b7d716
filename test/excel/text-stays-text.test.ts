/**
 * Excel reads strings written through `range.values` as if typed (the double does the same, see
 * test/excel-double/value-parsing.ts). Everything the adapter writes must come back exactly as written.
 */
import { buildAnnex } from "../../src/core/annex";
import type { Register } from "../../src/core/register/schema";
import { writeAnnexSheet } from "../../src/excel/annex-sheet";
import { buildRegisterRows } from "../../src/core/tracking/rows";
import { excelSerialFromIso } from "../../src/core/tracking/sheet-layout";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { cellNumberFormat } from "../../src/excel/tracking-sheet-format";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { tableHeader, tableOrThrow, typeInto } from "../excel-double/install";
import type { CellModel, WorkbookModel } from "../excel-double/model";
import { installAnnexSupport } from "../excel-double/annex-support";
import { entry, smallRegister } from "../core/annex/fixture";
import { AS_AT, installDouble, seedRegister } from "./helpers";

installAnnexSupport();

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

/** Strings Excel would turn into formulas, errors, numbers, dates or booleans in a General cell. */
const NASTY = [
  "+5% by end-2023",
  "- bill introduced\n- second reading",
  '=HYPERLINK("http://example.com","click")',
  "@risk",
  "5%",
  "1e3",
  "1,572",
  "(5)",
  "$540 million",
  "Mar-24",
  "March 2024",
  "2024-03-20",
  "3/20/2024",
  "TRUE",
  "10:30",
  "1 1/2",
  "#N/A",
  "0012",
  "1.50",
  "  indented  ",
  "Sept 2024",
] as const;

/** A register whose title and KPI texts start the way officers' and the paper's texts sometimes do. */
function nastyRegister(): Register {
  const register = seedRegister(2023);
  let n = 0;
  return {
    ...register,
    title: "=Key Performance Indicators",
    areas: register.areas.map((area) => ({
      ...area,
      measures: area.measures.map((measure) => ({
        ...measure,
        title: `${NASTY[n % NASTY.length]} ${measure.title}`,
        kpis: measure.kpis.map((kpi) => ({ ...kpi, text: [{ text: NASTY[n++ % NASTY.length] }] })),
      })),
    })),
  };
}

/** What officers typed, per KPI. Entry cells are text, and these dates are none in en-US, so Excel kept the strings. */
const TYPED: Array<[string, string, string | number]> = [
  ["2023-A-1", "Actual", "5%"],
  ["2023-A-1", "Latest progress", "+852 2345 6789 hotline opened"],
  ["2023-A-2", "Actual", "1e3"],
  ["2023-A-2", "Reported status", "TRUE"],
  ["2023-A-3", "Actual", "-5"],
  ["2023-A-3", "Completed on", "31/4/2024"],
  ["2023-B-1", "Completed on", "20/3/2024"],
  ["2023-B-1", "Latest progress", '=HYPERLINK("http://x")'],
  ["2023-C-1", "Actual", "@about 580"],
  ["2023-C-1", "Latest progress", "- bill introduced\n- second reading"],
  ["2023-C-2", "Completed on", excelSerialFromIso("2024-03-20")],
  ["2023-C-2", "Latest progress", "March 2024"],
  ["2023-C-3", "Reported status", "#N/A"],
  ["2023-C-3", "Latest progress", "1/2"],
  ["2023-D-1", "Actual", "0012"],
  ["2023-D-1", "Latest progress", "  indented  "],
];

function cellAt(model: WorkbookModel, kpiId: string, header: string): CellModel {
  const table = tableOrThrow(model, TABLE);
  const columns = tableHeader(model, TABLE);
  const ids = table.sheet.valuesOf(table.bodyRect).map((row) => row[columns.indexOf("ID")]);
  const row = ids.indexOf(kpiId);
  if (row < 0) throw new Error(`no row ${kpiId}`);
  return table.sheet.cell(table.bodyRect.row + row, table.rect.col + columns.indexOf(header));
}

async function loadedWithNastyEntries() {
  const double = installDouble();
  const register = nastyRegister();
  await loadTrackingTable({ register, asAt: AS_AT });
  for (const [id, column, value] of TYPED) typeInto(double.model, TABLE, id, column, value);
  return { ...double, register };
}

function expectRegisterTextKept(model: WorkbookModel, register: Register): void {
  const sheet = model.sheet(SHEET)!;
  expect(sheet.peek(0, 0)).toMatchObject({ value: "=Key Performance Indicators", formula: null });
  for (const row of buildRegisterRows(register)) {
    for (const [header, text] of [
      ["KPI", row.kpi],
      ["Measure", row.measure],
      ["Target", row.target],
    ] as const) {
      expect([row.id, header, cellAt(model, row.id, header).value]).toEqual([row.id, header, text]);
      expect(cellAt(model, row.id, header).formula).toBeNull();
    }
  }
}

function expectEntriesKept(model: WorkbookModel): void {
  for (const [id, column, value] of TYPED) {
    const cell = cellAt(model, id, column);
    expect([id, column, cell.value, cell.formula]).toEqual([id, column, value, null]);
  }
}

describe("text stays text", () => {
  it("writes the register's texts so that Excel keeps them, 2023-Q-2's \"+5% …\" target included", async () => {
    const { model } = installDouble();
    const register = seedRegister(2023);
    await loadTrackingTable({ register, asAt: AS_AT });
    const target = cellAt(model, "2023-Q-2", "Target");
    expect(target).toMatchObject({
      value: "+5% active members of youth uniformed groups of various disciplined services",
      formula: null,
      numberFormat: "@",
    });
  });

  it("reads back exactly what was written: register texts, the title and officers' entries, through reload and Validate", async () => {
    const { model, register } = await loadedWithNastyEntries();
    expectRegisterTextKept(model, register);

    await loadTrackingTable({ register, asAt: AS_AT });
    expectRegisterTextKept(model, register);
    expectEntriesKept(model);

    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(summary.total).toBe(49);
    expectEntriesKept(model);
    const flagged = new Map(summary.flagged.map((row) => [row.kpiId, row.reason]));
    // Reasons quote the officer's entries; they are written as text too.
    expect(cellAt(model, "2023-A-2", "Reason").value).toBe(flagged.get("2023-A-2"));
    expect(String(cellAt(model, "2023-A-2", "Reason").value)).toMatch(/TRUE|1e3/);

    await loadTrackingTable({ register, asAt: AS_AT });
    expectRegisterTextKept(model, register);
    expectEntriesKept(model);
  });

  it("keeps a pasted formula as its formula text, as text, and Validate marks it invalid", async () => {
    const { model } = installDouble();
    const register = seedRegister(2023);
    await loadTrackingTable({ register, asAt: AS_AT });
    typeInto(model, TABLE, "2023-D-2", "Actual", "=SUM(A1:A3)", 250);
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(cellAt(model, "2023-D-2", "Actual")).toMatchObject({ value: "=SUM(A1:A3)", formula: null });
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(cellAt(model, "2023-D-2", "Status").value).toBe("invalid");
  });

  it('writes Expected, Status and Reason as text (an expected "5%" stays a string)', async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    const expected = cellAt(model, "2023-Q-2", "Expected");
    expect(expected).toMatchObject({ value: "5%", formula: null, numberFormat: "@" });
    for (const header of ["Status", "Reason"]) {
      const cell = cellAt(model, "2023-Q-2", header);
      expect(cell.numberFormat).toBe("@");
      expect(typeof cell.value).toBe("string");
    }
  });

  it("keeps the entries exactly on the sheet of their own when the write batch fails", async () => {
    for (let failAt = 0; ; failAt++) {
      const { model, register } = await loadedWithNastyEntries();
      model.failAfterOperations = failAt;
      const message = await loadTrackingTable({ register, asAt: AS_AT }).then(
        () => "loaded",
        (error: Error) => error.message,
      );
      if (message === "loaded") throw new Error("no failure reached the write batch");
      if (!/stopped part-way/.test(message)) continue;
      const kept = model.sheet(`${SHEET} kept`)!;
      const values = kept.valuesOf({ row: 0, col: 0, rows: 50, cols: 14 });
      const header = values[0].map(String);
      for (const [id, column, value] of TYPED) {
        const row = values.find((r) => r[0] === id)!;
        expect([id, column, row[header.indexOf(column)]]).toEqual([id, column, value]);
      }
      expect(kept.formulasOf({ row: 0, col: 0, rows: 50, cols: 14 })).toEqual(values);
      return;
    }
  });

  it.each(NASTY)("writes the annex sheet's texts exactly: %j", async (text) => {
    const { model } = installDouble();
    const annex = buildAnnex({
      register: { ...smallRegister, title: text },
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-1", { reportedStatus: text, latestProgress: text })],
    });
    await writeAnnexSheet(annex);
    const sheet = model.sheet("Annex 2023")!;
    expect(sheet.peek(0, 0)).toMatchObject({ value: text, formula: null });
    expect(
      [...sheet.cells.values()].every((cell) => cell.formula === null && typeof cell.value === "string"),
    ).toBe(true);
  });

  it("formats every string cell as text, numbers as numbers and blank date cells as dates", () => {
    expect(cellNumberFormat("kpi", "+5%")).toBe("@");
    expect(cellNumberFormat("actual", "")).toBe("@");
    expect(cellNumberFormat("actual", 580)).toBe("General");
    expect(cellNumberFormat("completedOn", "Mar-24")).toBe("@");
    expect(cellNumberFormat("completedOn", 45371)).toBe("yyyy-mm-dd");
    expect(cellNumberFormat("completedOn", "")).toBe("yyyy-mm-dd");
    expect(cellNumberFormat("deadline", 45371)).toBe("yyyy-mm-dd");
  });
});
