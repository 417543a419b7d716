/**
 * How fast a hostile xlsx is refused: about 4 MB of zip whose parts inflate to about 4 GB, once with
 * honest headers (refused from the central directory) and once with a part that understates its size
 * (refused by the capped inflate). Before the check, exceljs inflated such a file for tens of seconds.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliTranslator } from "../../src/cli/cli-language";
import { readProgressFile } from "../../src/cli/progress-input";
import { deflatedSpaces, zipPackage } from "../export/zip-builder";

const MEGABYTES = 4000;

async function refusalMs(path: string): Promise<number> {
  const start = performance.now();
  try {
    await readProgressFile(path, cliTranslator("en"));
  } catch {
    return performance.now() - start;
  }
  throw new Error(`${path} was accepted`);
}

export default async function bench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "kpi-bench-"));
  try {
    const deflated = deflatedSpaces(MEGABYTES);
    const honest = join(dir, "honest.xlsx");
    const lying = join(dir, "lying.xlsx");
    const name = "xl/worksheets/sheet1.xml";
    await writeFile(honest, zipPackage([{ name, deflated, declaredSize: MEGABYTES * 1024 * 1024 }]));
    await writeFile(lying, zipPackage([{ name, deflated, declaredSize: 1000 }]));
    return {
      xlsx_bomb_file_kb: Math.round(deflated.length / 1024),
      xlsx_bomb_refused_ms: Math.round(await refusalMs(honest)),
      xlsx_lying_part_refused_ms: Math.round(await refusalMs(lying)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
