import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { columnIndex } from "../../src/core/tracking/columns";
import { TRACKING_SHEET, trackingSheetName } from "../../src/core/tracking/sheet-layout";
import { HISTORY_SHEET_NAME } from "../../src/core/history/layout";
import { DASHBOARD_SHEET, DASHBOARD_TITLE } from "../../src/core/dashboard";
import { drawCharts } from "./charted-workbook";
import { ROOT, runCli } from "./run-cli";

jest.setTimeout(120_000);

/** In the 2022 register, 2022-F-1 belongs to FSD and GFS, 2022-F-5 to GFS, 2022-F-3 to FSD, 2022-F-11 to HKPF. */
const register = path.join(ROOT, "seeds/kpis-2022.json");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-consolidate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(dir, ...args);
const file = (name: string) => path.join(dir, name);

async function tableRecords(xlsx: string): Promise<Map<string, Record<string, ExcelJS.CellValue>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.getWorksheet(trackingSheetName(2022))!;
  const records = new Map<string, Record<string, ExcelJS.CellValue>>();
  for (let row = TRACKING_SHEET.firstDataRow; row <= sheet.rowCount; row++) {
    const cell = (key: Parameters<typeof columnIndex>[0]) => sheet.getCell(row, columnIndex(key) + 1).value;
    const id = cell("id");
    if (typeof id !== "string") continue;
    records.set(id, {
      actual: cell("actual"),
      completedOn: cell("completedOn"),
      reportedStatus: cell("reportedStatus"),
      latestProgress: cell("latestProgress"),
      source: cell("source"),
    });
  }
  return records;
}

/** FSD's workbook as the department sends it back, filled in with exceljs. */
async function fsdReturn(name: string, fill: Record<string, Record<string, string>>): Promise<string> {
  const out = file(name);
  const made = await cli("workbook", "--register", register, "--department", "FSD", "--out", out, "--force");
  expect(made.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.getWorksheet(trackingSheetName(2022))!;
  for (let row = TRACKING_SHEET.firstDataRow; row <= sheet.rowCount; row++) {
    const id = sheet.getCell(row, columnIndex("id") + 1).value as string;
    for (const [key, value] of Object.entries(fill[id] ?? {})) {
      sheet.getCell(row, columnIndex(key as "actual") + 1).value = value;
    }
  }
  await workbook.xlsx.writeFile(out);
  return out;
}

/** `consolidate FSD.csv --into base --out out`, FSD's return giving 2022-F-3 an Actual of 900. */
async function consolidateFsdInto(base: string, out: string) {
  await writeFile(file("FSD.csv"), "ID,Actual\n2022-F-3,900\n");
  return cli("consolidate", file("FSD.csv"), "--into", base, "--register", register, "--out", out);
}

describe("kpi-tracker consolidate", () => {
  it("merges three returns, writes neither side of a conflict, refuses other departments' rows, and validate reads the conflict as needs-review", async () => {
    const fsd = await fsdReturn("reply.xlsx", {
      "2022-F-1": { actual: "20; 3" },
      "2022-F-3": { actual: "about 900", latestProgress: "Sets delivered." },
    });
    await writeFile(file("GFS.csv"), "KPI ID,Actual\n2022-F-1,25; 3\n2022-F-5,95\n2022-F-3,1\n");
    await writeFile(file("returns-HKPF.csv"), "ID,Completed on\n2022-F-11,2022-12-01\n2022-X-1,2022-12-01\n");
    const out = file("merged.xlsx");

    const run = await cli(
      "consolidate",
      fsd,
      file("GFS.csv"),
      file("returns-HKPF.csv"),
      "--register",
      register,
      "--out",
      out,
      "--format",
      "json",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const mtime = async (name: string) => (await stat(file(name))).mtime.toISOString();
    const at = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
    const fsdAt = at(await mtime("reply.xlsx"));
    const gfsAt = at(await mtime("GFS.csv"));
    const summary = JSON.parse(run.stdout);
    expect(summary).toEqual({
      out,
      merged: 3,
      unchanged: 0,
      conflicts: [
        {
          id: "2022-F-1",
          values: [
            { source: `reply.xlsx, ${fsdAt}`, actual: "20; 3", completedOn: "", reportedStatus: "" },
            { source: `GFS.csv, ${gfsAt}`, actual: "25; 3", completedOn: "", reportedStatus: "" },
          ],
        },
      ],
      refused: [
        { source: "GFS.csv", id: "2022-F-3", reason: "2022-F-3 belongs to FSD, not GFS" },
        { source: "returns-HKPF.csv", id: "2022-X-1", reason: "2022-X-1 is not in the register" },
      ],
    });

    const records = await tableRecords(out);
    expect(records.get("2022-F-3")).toMatchObject({
      actual: "about 900",
      latestProgress: "Sets delivered.",
      source: `reply.xlsx, ${fsdAt}`,
    });
    expect(records.get("2022-F-5")).toMatchObject({ actual: "95", source: `GFS.csv, ${gfsAt}` });
    // Completed on is written as a date (a serial in its date-formatted cell, which exceljs reads as a Date).
    expect(records.get("2022-F-11")).toMatchObject({ completedOn: new Date(Date.UTC(2022, 11, 1)) });
    expect(records.get("2022-F-1")?.actual).toBe("");
    expect(String(records.get("2022-F-1")?.source)).toMatch(
      /^Returns disagree: reply\.xlsx.*"20; 3".*GFS\.csv.*"25; 3"/,
    );

    const check = await cli(
      "validate",
      out,
      "--register",
      register,
      "--as-at",
      "2023-01-31",
      "--format",
      "json",
    );
    expect(check.code).toBe(0);
    const results = JSON.parse(check.stdout) as Array<{ id: string; status: string; reasons: string[] }>;
    const conflict = results.find((result) => result.id === "2022-F-1")!;
    expect(conflict.status).toBe("needs-review");
    expect(conflict.reasons[0]).toContain("GFS.csv");
    expect(results.find((result) => result.id === "2022-F-3")!.status).not.toBe("needs-review");
  });

  it("starts from --into, keeping its entries except where a return updates them, and keeps what was replaced in the history", async () => {
    const base = await fsdReturn("base.xlsx", {
      "2022-F-3": { actual: "800" },
      "2022-F-4": { reportedStatus: "Task completed." },
    });
    const out = file("into.xlsx");
    const run = await consolidateFsdInto(base, out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*into\.xlsx: 1 merged, 0 unchanged, 0 in conflict, 0 refused/);
    const records = await tableRecords(out);
    expect(records.get("2022-F-3")?.actual).toBe("900");
    expect(records.get("2022-F-4")?.reportedStatus).toBe("Task completed.");
    // --into was FSD's workbook: HKPF's KPIs are not in it and were not added.
    expect(records.has("2022-F-11")).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const history = workbook.getWorksheet(HISTORY_SHEET_NAME)!;
    expect(history.getRow(2).getCell(3).value).toBe("2022-F-3");
    expect(history.getRow(2).getCell(4).value).toBe("800");
    expect(String(history.getRow(2).getCell(8).value)).toMatch(/^Replaced by FSD\.csv, /);
  });

  it("consolidates --into a workbook whose only charts are on the add-in's Dashboard, saying they are left out", async () => {
    const base = await fsdReturn("charted-base.xlsx", { "2022-F-3": { actual: "800" } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(base);
    workbook.addWorksheet(DASHBOARD_SHEET).getCell("A1").value = DASHBOARD_TITLE;
    await workbook.xlsx.writeFile(base);
    await drawCharts(base, DASHBOARD_SHEET, 2);
    const out = file("charted-into.xlsx");
    const run = await consolidateFsdInto(base, out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^kpi-tracker consolidate: note: .*charted-into\.xlsx: the Dashboard's charts are left out .*Validate in Excel draws them again\n$/,
    );
    expect((await tableRecords(out)).get("2022-F-3")?.actual).toBe("900");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet(DASHBOARD_SHEET)!.getCell("A1").value).toBe(DASHBOARD_TITLE);
  });

  it("exits 2 and writes nothing when a return cannot be read, naming every such file", async () => {
    await writeFile(file("broken.xlsx"), "not a workbook");
    await writeFile(file("ok.csv"), "ID,Actual\n2022-F-3,900\n");
    const out = file("never.xlsx");
    const run = await cli(
      "consolidate",
      file("ok.csv"),
      file("broken.xlsx"),
      file("gone.csv"),
      "--register",
      register,
      "--out",
      out,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.xlsx: not a readable xlsx workbook/);
    expect(run.stderr).toMatch(/gone\.csv: no such file/);
    expect(run.stderr).toMatch(/nothing was written/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it.each([
    [["--register", register, "--out", "x.xlsx"], /give at least one return/],
    [["a.csv", "--register", register], /--out is required/],
    [["a.csv", "--out", "x.csv"], /--out must end in \.xlsx/],
    [["a.csv", "--out", "x.xlsx", "--format", "yaml"], /--format "yaml" must be table or json/],
    [["a.csv", "--out", "x.xlsx", "--bogus"], /unknown flag --bogus; see kpi-tracker consolidate --help/],
  ])("exits 2 on a bad option: %j", async (args, message) => {
    const run = await cli("consolidate", ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe("kpi-tracker workbook --department", () => {
  it("gives a KPI shared by several departments to each of them, and no other department's KPI", async () => {
    const ids = async (department: string) => {
      const out = file(`${department}.xlsx`);
      const run = await cli(
        "workbook",
        "--register",
        register,
        "--department",
        department,
        "--out",
        out,
        "--force",
      );
      expect(run.code).toBe(0);
      return [...(await tableRecords(out)).keys()];
    };
    const fsd = await ids("FSD");
    const gfs = await ids("GFS");
    expect(fsd).toContain("2022-F-1");
    expect(gfs).toContain("2022-F-1");
    expect(gfs).toEqual(["2022-F-1", "2022-F-5"]);
    expect(fsd).not.toContain("2022-F-5");
  });
});
