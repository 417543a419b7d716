/**
 * `kpi-tracker consolidate` with 20 department returns of 100 KPI rows each (2,000 rows) into a new
 * tracking workbook for a 2,000-KPI register, in process: every return is an xlsx workbook, the slow
 * case. Median of three runs after one warm-up (which pays for loading exceljs).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/commands/consolidate";
import { syntheticRegister } from "../excel/helpers";

const RETURNS = 20;
const ROWS = 100;

async function returnXlsx(ids: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Return");
  sheet.addRow(["ID", "Actual", "Completed on", "Reported status", "Latest progress"]);
  ids.forEach((id, i) => sheet.addRow([id, String(10 + i), "", "On track.", `Progress on ${id}.`]));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function timedRun(argv: string[]): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  const start = performance.now();
  try {
    const code = await run(argv);
    if (code !== 0) throw new Error(`consolidate exited ${code}`);
    return performance.now() - start;
  } finally {
    process.stdout.write = write;
  }
}

export default async function bench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "kpi-bench-consolidate-"));
  try {
    const register = syntheticRegister(RETURNS * ROWS);
    const registerPath = join(dir, "register.json");
    await writeFile(registerPath, JSON.stringify(register));
    const ids = register.areas.flatMap((area) => area.measures.flatMap((m) => m.kpis.map((kpi) => kpi.id)));
    const returns: string[] = [];
    for (let r = 0; r < RETURNS; r++) {
      const path = join(dir, `return-${r + 1}.xlsx`);
      await writeFile(path, await returnXlsx(ids.slice(r * ROWS, (r + 1) * ROWS)));
      returns.push(path);
    }
    const argv = (n: number) => [...returns, "--register", registerPath, "--out", join(dir, `out-${n}.xlsx`)];
    await timedRun(argv(0));
    const times = [await timedRun(argv(1)), await timedRun(argv(2)), await timedRun(argv(3))].sort(
      (a, b) => a - b,
    );
    return { consolidate_20_returns_2000_rows_ms: Math.round(times[1]) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
