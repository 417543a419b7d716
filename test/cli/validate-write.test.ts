import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DASHBOARD_SHEET, DASHBOARD_TITLE } from "../../src/core/dashboard";
import { HISTORY_HEADER, HISTORY_SHEET_NAME } from "../../src/core/history/layout";
import { columnIndex } from "../../src/core/tracking/columns";
import { TRACKING_SHEET, trackingSheetName } from "../../src/core/tracking/sheet-layout";
import { drawCharts } from "./charted-workbook";
import { ROOT, runCli } from "./run-cli";

jest.setTimeout(120_000);

const register = path.join(ROOT, "seeds/kpis-2022.json");
const SHEET = trackingSheetName(2022);
const COMPUTED = new Set(["expected", "status", "reason"].map((key) => columnIndex(key as "status") + 1));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-validate-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(dir, ...args);
const file = (name: string) => path.join(dir, name);

async function open(xlsx: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  return workbook;
}

/** A tracking workbook as officers leave it: entries typed, and a sheet of their own with formats. */
async function filledWorkbook(name: string): Promise<string> {
  const out = file(name);
  expect((await cli("workbook", "--register", register, "--as-at", "2023-01-31", "--out", out)).code).toBe(0);
  const workbook = await open(out);
  const sheet = workbook.getWorksheet(SHEET)!;
  const entries: Record<string, Partial<Record<"actual" | "reportedStatus" | "latestProgress", string>>> = {
    "2022-F-3": { actual: "about 900", latestProgress: "Sets delivered." },
    "2022-F-4": { reportedStatus: "Task completed." },
    "2022-F-11": { actual: "=A1", reportedStatus: "On track." },
  };
  for (let row = TRACKING_SHEET.firstDataRow; row <= sheet.rowCount; row++) {
    const id = sheet.getCell(row, columnIndex("id") + 1).value as string;
    for (const [key, value] of Object.entries(entries[id] ?? {})) {
      sheet.getCell(row, columnIndex(key as "actual") + 1).value = value;
    }
  }
  const notes = workbook.addWorksheet("Officer notes");
  notes.getCell("A1").value = "Follow up with FSD";
  notes.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
  notes.getCell("B2").value = 0.25;
  notes.getCell("B2").numFmt = "0.0%";
  notes.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  notes.mergeCells("D4:E5");
  notes.getColumn(1).width = 40;
  await workbook.xlsx.writeFile(out);
  return out;
}

/** Everything exceljs reads of a sheet, cell by cell, except the cells `skip` names. */
function sheetPicture(sheet: ExcelJS.Worksheet, skip: (row: number, col: number) => boolean) {
  const cells: Record<string, unknown> = {};
  for (let row = 1; row <= Math.max(sheet.rowCount, 1); row++) {
    for (let col = 1; col <= Math.max(sheet.columnCount, 1); col++) {
      if (skip(row, col)) continue;
      const { address, value, style, dataValidation } = sheet.getCell(row, col);
      cells[address] = { value, style, validation: dataValidation ?? null };
    }
  }
  const model = sheet.model as unknown as Record<string, unknown>;
  return {
    cells,
    columns: sheet.columns.map((column) => column.width ?? null),
    protection: model.sheetProtection ?? null,
    conditionalFormats: model.conditionalFormattings ?? null,
    merges: model.merges ?? null,
    views: model.views ?? null,
    tables: (sheet as unknown as { tables: Record<string, { table: unknown }> }).tables
      ? Object.values((sheet as unknown as { tables: Record<string, { table: unknown }> }).tables).map(
          (table) => table.table,
        )
      : [],
  };
}

/** A filled tracking workbook with a "Dashboard" sheet whose A1 is `title`, as the add-in lays it out. */
async function withDashboard(name: string, title: string): Promise<string> {
  const xlsx = await filledWorkbook(name);
  const workbook = await open(xlsx);
  const dashboard = workbook.addWorksheet(DASHBOARD_SHEET);
  dashboard.getCell("A1").value = title;
  dashboard.getCell("A3").value = "Department";
  dashboard.getCell("B3").value = "met";
  dashboard.getCell("A4").value = "FSD";
  dashboard.getCell("B4").value = 3;
  await workbook.xlsx.writeFile(xlsx);
  return xlsx;
}

describe("kpi-tracker validate --write", () => {
  it("writes Expected, Status and Reason and the history, and keeps everything else in the workbook as it was", async () => {
    const tracker = await filledWorkbook("tracker.xlsx");
    await copyFile(tracker, file("before.xlsx"));

    const run = await cli(
      "validate",
      tracker,
      "--register",
      register,
      "--as-at",
      "2023-01-31",
      "--write",
      "--format",
      "json",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Array<{ id: string; status: string; reasons: string[] }>;

    const before = await open(file("before.xlsx"));
    const after = await open(tracker);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([
      ...before.worksheets.map((sheet) => sheet.name),
      HISTORY_SHEET_NAME,
    ]);
    const tracking = after.getWorksheet(SHEET)!;
    const computedCell = (sheetName: string, row: number, col: number) =>
      sheetName === SHEET && row >= TRACKING_SHEET.firstDataRow && COMPUTED.has(col);
    for (const sheet of before.worksheets) {
      const skip = (row: number, col: number) => computedCell(sheet.name, row, col);
      expect(sheetPicture(after.getWorksheet(sheet.name)!, skip)).toEqual(sheetPicture(sheet, skip));
    }

    // The computed columns hold what validate printed, row by row; the formula typed as an entry stays one.
    const statusOf = new Map<string, unknown>();
    for (let row = TRACKING_SHEET.firstDataRow; row <= tracking.rowCount; row++) {
      const id = tracking.getCell(row, columnIndex("id") + 1).value as string;
      statusOf.set(id, tracking.getCell(row, columnIndex("status") + 1).value);
      const reason = tracking.getCell(row, columnIndex("reason") + 1).value;
      expect(reason).toBe(printed.find((result) => result.id === id)!.reasons.join("; "));
    }
    expect(Object.fromEntries(statusOf)).toEqual(
      Object.fromEntries(printed.map((result) => [result.id, result.status])),
    );
    expect(statusOf.get("2022-F-11")).toBe("invalid");
    expect(new Set(statusOf.values()).size).toBeGreaterThan(2);

    const history = after.getWorksheet(HISTORY_SHEET_NAME)!;
    expect(history.getRow(1).values).toEqual([undefined, ...HISTORY_HEADER]);
    expect(history.rowCount).toBe(1 + printed.length);
    expect(history.getRow(2).getCell(1).value).toBe("2023-01-31");
    expect(history.getRow(2).getCell(2).value).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  });

  it("appends a snapshot per validation, and history lists the status moves with both as-at dates", async () => {
    const tracker = await filledWorkbook("twice.xlsx");
    for (const asAt of ["2023-01-31", "2023-06-30"]) {
      const run = await cli("validate", tracker, "--register", register, "--as-at", asAt, "--write");
      expect(run.code).toBe(0);
    }
    const history = (await open(tracker)).getWorksheet(HISTORY_SHEET_NAME)!;
    const first = history.getRow(2).getCell(3).value;
    const rows = history.rowCount - 1;
    expect(rows % 2).toBe(0);
    expect(history.getRow(2 + rows / 2).getCell(3).value).toBe(first);
    expect(history.getRow(2 + rows / 2).getCell(1).value).toBe("2023-06-30");

    const listed = await cli("history", tracker, "--format", "json");
    expect(listed.code).toBe(0);
    const moves = JSON.parse(listed.stdout);
    expect(moves.previous.asAt).toBe("2023-01-31");
    expect(moves.latest.asAt).toBe("2023-06-30");
    expect(moves.changes.length).toBeGreaterThan(0);
    for (const change of moves.changes) {
      expect(change).toMatchObject({ fromAsAt: "2023-01-31", toAsAt: "2023-06-30" });
      expect(change.from).not.toBe(change.to);
    }
    const table = await cli("history", tracker);
    expect(table.stdout).toMatch(/^Status changes from 2023-01-31 .* to 2023-06-30 /);
    expect(table.stdout).toContain(`${moves.changes[0].id}  `);
  });

  it("refuses, exit 2 and the file untouched, a workbook with charts, which the xlsx library would drop", async () => {
    const charted = file("charted.xlsx");
    expect((await cli("workbook", "--register", register, "--out", charted)).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(charted));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    await writeFile(charted, await zip.generateAsync({ type: "uint8array" }));
    const before = await readFile(charted);
    const run = await cli("validate", charted, "--register", register, "--as-at", "2023-01-31", "--write");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds charts, which --write cannot keep; validate it in Excel instead/);
    expect((await readFile(charted)).equals(before)).toBe(true);
  });

  it("writes a workbook whose only charts are on the add-in's Dashboard, keeping its cells and saying the charts are left out", async () => {
    const tracker = await withDashboard("dashboard.xlsx", DASHBOARD_TITLE);
    await drawCharts(tracker, DASHBOARD_SHEET, 2);
    const run = await cli("validate", tracker, "--register", register, "--as-at", "2023-01-31", "--write");
    expect(run.stderr).toBe(
      `kpi-tracker validate: note: ${tracker}: the Dashboard's charts are left out of the written file ` +
        "(its cells are kept); Validate in Excel draws them again\n",
    );
    expect(run.code).toBe(0);
    const after = await open(tracker);
    const dashboard = after.getWorksheet(DASHBOARD_SHEET)!;
    expect([1, 3, 4].map((row) => dashboard.getRow(row).values)).toEqual([
      [undefined, DASHBOARD_TITLE],
      [undefined, "Department", "met"],
      [undefined, "FSD", 3],
    ]);
    expect(after.getWorksheet(HISTORY_SHEET_NAME)!.rowCount).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(await readFile(tracker));
    expect(Object.keys(zip.files).filter((part) => /chart|drawing/.test(part))).toEqual([]);
    // No sheet points at a drawing that is gone, which Excel would report as damage.
    const sheets = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
    expect(sheets).toHaveLength(after.worksheets.length);
    for (const sheet of sheets) expect(await sheet.async("string")).not.toContain("<drawing");
  });

  it.each([
    ["on another sheet, beside the Dashboard's", "elsewhere.xlsx", DASHBOARD_TITLE, "Officer notes"],
    ["on an officer's own sheet called Dashboard", "own-dashboard.xlsx", "Our dashboard", DASHBOARD_SHEET],
  ])("still refuses, the file untouched, charts %s", async (_, name, title, chartedSheet) => {
    const tracker = await withDashboard(name, title);
    if (chartedSheet !== DASHBOARD_SHEET) await drawCharts(tracker, DASHBOARD_SHEET, 2);
    await drawCharts(tracker, chartedSheet, 1);
    const before = await readFile(tracker);
    const run = await cli("validate", tracker, "--register", register, "--as-at", "2023-01-31", "--write");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds charts, which --write cannot keep; validate it in Excel instead/);
    expect((await readFile(tracker)).equals(before)).toBe(true);
  });

  it("exits 2 for --write on a CSV, and history on a workbook that has none", async () => {
    await writeFile(file("p.csv"), "ID,Actual\n2022-F-3,1\n");
    const csv = await cli(
      "validate",
      file("p.csv"),
      "--as-at",
      "2023-01-31",
      "--write",
      "--register",
      register,
    );
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/--write needs a tracking workbook \(\.xlsx\)/);
    const fresh = file("fresh.xlsx");
    expect((await cli("workbook", "--register", register, "--out", fresh)).code).toBe(0);
    const none = await cli("history", fresh);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no "KPI history" sheet/);
  });
});
