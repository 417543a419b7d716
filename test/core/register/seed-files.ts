import * as fs from "fs";
import * as path from "path";
import { loadRegister } from "../../../src/core/register/load";
import type { Register } from "../../../src/core/register/schema";

export const repoRoot = path.resolve(__dirname, "../../..");
export const sourcePaperPath = path.resolve(repoRoot, "seeds/source/security-bureau-2023-11.txt");
export const SEED_YEARS = [2022, 2023] as const;

export function readSeedJson(year: number): unknown {
  return JSON.parse(fs.readFileSync(path.resolve(repoRoot, `seeds/kpis-${year}.json`), "utf8"));
}

const loadedSeeds = new Map<number, Register>();

/**
 * The seed register, read and checked once per module registry; each caller gets its own copy, so a
 * test that edits its register cannot change another's. (Under mutation testing every core test
 * shares one registry: see test/mutation/all-core-tests.ts.)
 */
export function loadSeed(year: number): Register {
  let register = loadedSeeds.get(year);
  if (!register) {
    const loaded = loadRegister(readSeedJson(year));
    if (!loaded.ok) throw new Error(`seeds/kpis-${year}.json is invalid:\n${loaded.errors.join("\n")}`);
    register = loaded.register;
    loadedSeeds.set(year, register);
  }
  return structuredClone(register);
}

/** The paper's annexes as raw table rows (tab-separated cells), split at each annex title, header rows dropped. */
export function annexRows(): Map<number, string[][]> {
  const annexes = new Map<number, string[][]>();
  let rows: string[][] | undefined;
  for (const line of fs.readFileSync(sourcePaperPath, "utf8").split("\n")) {
    const title = /^\*\*Key Performance Indicators .*\((\d{4})\)\*\*$/.exec(line.trim());
    if (title) {
      rows = [];
      annexes.set(Number(title[1]), rows);
    } else if (rows && line.includes("\t") && !line.startsWith("Measures\tKPIs")) {
      rows.push(line.split("\t"));
    }
  }
  return annexes;
}

/** Cell HTML reduced to comparable text: tags, Markdown escapes and all whitespace dropped, entities decoded. */
export function squeeze(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\\([$*_])/g, "$1")
    .replace(/\s+/g, "");
}
