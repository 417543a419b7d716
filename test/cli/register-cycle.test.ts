/**
 * The yearly cycle on the command line, end to end: next year's KPI list (a CSV of our own, not the paper's)
 * -> register -> a department's tracking workbook -> the department fills it in -> a validated progress
 * report -> the next paper's Annex I (a progress report with the Latest Progress column).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ROOT, runCli, type CliRun } from "./run-cli";

jest.setTimeout(120_000);

const root = ROOT;
const list = path.join(root, "test/fixtures/kpi-list-2025.csv");

const cli = (...args: string[]): Promise<CliRun> => runCli(dir, ...args);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-cycle-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The department's officer types figures into the Actual and Completed on cells of their workbook. */
async function fillIn(
  file: string,
  entries: Record<string, { actual?: number | string; completedOn?: string }>,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  let header = 0;
  const columns = new Map<string, number>();
  sheet.eachRow((row, number) => {
    if (header !== 0) return;
    row.eachCell((cell, column) => {
      if (cell.value === "ID") header = number;
      if (typeof cell.value === "string") columns.set(cell.value, column);
    });
  });
  const ids: string[] = [];
  sheet.eachRow((row, number) => {
    if (number <= header) return;
    const id = String(row.getCell(columns.get("ID")!).value ?? "");
    if (id === "") return;
    ids.push(id);
    const entry = entries[id];
    if (entry?.actual !== undefined) row.getCell(columns.get("Actual")!).value = entry.actual;
    if (entry?.completedOn !== undefined) row.getCell(columns.get("Completed on")!).value = entry.completedOn;
  });
  await workbook.xlsx.writeFile(file);
  return ids;
}

test("next year's list -> register -> FSD workbook -> validated progress -> Annex I", async () => {
  const register = path.join(dir, "kpis-2025.json");
  const made = await cli("register", list, "--year", "2025", "--announced", "2025-09-17", "--out", register);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);

  const workbook = path.join(dir, "fsd.xlsx");
  const sent = await cli("workbook", "--register", register, "--department", "FSD", "--out", workbook);
  expect(sent.code).toBe(0);
  // The FSD's workbook holds the FSD's KPIs only: the two the Department column gives and the one its text names.
  const ids = await fillIn(workbook, {
    "2025-B-1": { actual: 700 },
    "2025-B-2": { actual: "7 300" },
  });
  expect(ids).toEqual(["2025-B-1", "2025-B-2", "2025-B-3"]);

  const checked = await cli(
    "validate",
    workbook,
    "--register",
    register,
    "--as-at",
    "2026-01-31",
    "--format",
    "json",
  );
  expect(checked.code).toBe(0);
  const results = JSON.parse(checked.stdout) as Array<{ id: string; status: string; reasons: string[] }>;
  // By hand: 800 inspections over 1 Apr 2025 - 31 Mar 2026 expects 800 x 306/365 = 671 by 31 Jan 2026, so
  // 700 is on track; 7 300 outstanding directions is not below 7 000, off track while end-2026 is ahead;
  // nothing entered for the 50 sessions within 2026.
  expect(results.map((r) => [r.id, r.status])).toEqual([
    ["2025-B-1", "on-track"],
    ["2025-B-2", "off-track"],
    ["2025-B-3", "not-reported"],
  ]);
  expect(results[1].reasons).toEqual([
    "7 300 outstanding fire safety directions (target below 7 000) as at 31 Jan 2026",
  ]);

  const annex = path.join(dir, "annex-i.docx");
  const written = await cli(
    "annex",
    workbook,
    "--register",
    register,
    "--as-at",
    "2026-01-31",
    "--out",
    annex,
  );
  expect(written.stderr).toBe("");
  expect(written.code).toBe(0);
  const xml = await (await JSZip.loadAsync(await readFile(annex))).file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain("Latest Progress (as at 31 January 2026)");
  expect(text).toContain(
    "The FSD will conduct 800 proactive inspections to industrial buildings in 2025-26.",
  );
  expect(text).toContain("Task on track.");
});
