/**
 * One-off extraction of Annex I (2022 KPIs with latest progress) and Annex II (2023 KPIs) into
 * seeds/kpis-2022.json and seeds/kpis-2023.json. The committed JSON is the product and was checked
 * by hand against the paper; re-running this script regenerates it from the source text plus the
 * hand-written facts in paper/annex-facts.ts (reported figures, hand-set targets).
 *
 *   npx tsx scripts/extract-annexes.ts            # rewrite seeds/kpis-*.json
 *   npx tsx scripts/extract-annexes.ts --check    # compare with the committed files
 *   npx tsx scripts/extract-annexes.ts --show     # print each KPI with its parsed targets
 */
import * as fs from "fs";
import * as path from "path";
import { cellRuns, normaliseRichText, plainText, readAnnexes, splitBullets } from "./paper/annex-source";
import { buildRegister, type KpiListRow } from "../src/core/register/build-register";
import { loadRegister } from "../src/core/register/load";
import { ASSIGNED_DEPARTMENTS, HAND_SET, REPORTED_FIGURES } from "./paper/annex-facts";
import type { PaperProgress, Register, TextRun } from "../src/core/register/schema";

const repoRoot = path.resolve(__dirname, "..");
const sourcePath = path.resolve(repoRoot, "seeds/source/security-bureau-2023-11.txt");

interface DraftKpi {
  text: TextRun[];
  progress: TextRun[][];
}
interface DraftMeasure {
  letter: string;
  title: string;
  preamble?: TextRun[];
  kpis: DraftKpi[];
  progressBullets: TextRun[][];
}
export interface DraftArea {
  numeral: string;
  title: string;
  measures: DraftMeasure[];
}

const AREA_CELL = /^<b>\(([IVXLC]+)\)\s*(.+)<\/b>$/;
const MEASURE_CELL = /^\(([A-Z])\)\s*(.+)$/;
const STATUS_PHRASE =
  /^(Task completed\.|Task on track\.|Working towards the target\.|KPI of \d{4} completed\. KPI of \d{4} on track\.)$/;

function appendContinuation(target: TextRun[], lead: TextRun[]): void {
  if (lead.length === 0 || plainText(lead) === "") return;
  target.push({ text: " " }, ...lead);
}

export function readStructure(rows: { cells: string[] }[], withProgress: boolean): DraftArea[] {
  const areas: DraftArea[] = [];
  for (const { cells } of rows) {
    const [measureCell, kpiCell = "", progressCell = ""] = cells.map((cell) => cell.trim());
    const area = AREA_CELL.exec(measureCell);
    if (area && kpiCell === "" && progressCell === "") {
      areas.push({ numeral: area[1], title: plainText(cellRuns(area[2])), measures: [] });
      continue;
    }
    const currentArea = areas[areas.length - 1];
    if (!currentArea) throw new Error(`row before any policy area: ${cells.join(" | ")}`);
    const measureTitle = plainText(cellRuns(measureCell));
    const newMeasure = MEASURE_CELL.exec(measureTitle);
    const kpiBullets = splitBullets(cellRuns(kpiCell));
    if (newMeasure) {
      const measure: DraftMeasure = {
        letter: newMeasure[1],
        title: newMeasure[2],
        kpis: [],
        progressBullets: [],
      };
      if (plainText(kpiBullets.lead) !== "") measure.preamble = kpiBullets.lead;
      currentArea.measures.push(measure);
    } else {
      const measure = currentArea.measures[currentArea.measures.length - 1];
      if (measureTitle !== "") {
        // A measure title split by a page break: "Cyber-" + "security ..." joins without a space.
        measure.title = measure.title.endsWith("-")
          ? measure.title + measureTitle
          : `${measure.title} ${measureTitle}`;
      }
      const lastKpi = measure.kpis[measure.kpis.length - 1];
      if (plainText(kpiBullets.lead) !== "") {
        if (!lastKpi) throw new Error(`continuation without a KPI: ${kpiCell}`);
        appendContinuation(lastKpi.text, kpiBullets.lead);
      }
    }
    const measure = currentArea.measures[currentArea.measures.length - 1];
    for (const bullet of kpiBullets.bullets) measure.kpis.push({ text: bullet, progress: [] });
    if (withProgress) {
      const progress = splitBullets(cellRuns(progressCell));
      if (plainText(progress.lead) !== "") {
        const last = measure.progressBullets[measure.progressBullets.length - 1];
        if (!last) throw new Error(`progress continuation without a bullet: ${progressCell}`);
        appendContinuation(last, progress.lead);
      }
      measure.progressBullets.push(...progress.bullets);
    }
  }
  return areas;
}

/** Each KPI's latest progress starts with its status bullet; the bullets after it are its narrative. */
function alignProgress(measure: DraftMeasure): void {
  const groups: TextRun[][][] = [];
  for (const bullet of measure.progressBullets) {
    if (STATUS_PHRASE.test(plainText(bullet))) groups.push([bullet]);
    else if (groups.length === 0)
      throw new Error(`(${measure.letter}) progress before a status: ${plainText(bullet)}`);
    else groups[groups.length - 1].push(bullet);
  }
  if (groups.length !== measure.kpis.length) {
    throw new Error(`(${measure.letter}) ${measure.kpis.length} KPIs but ${groups.length} status bullets`);
  }
  groups.forEach((group, index) => (measure.kpis[index].progress = group));
}

/** The paper's annex rows as the register builder takes them: one row per ➤ bullet, with the paper's runs. */
export function paperRows(year: number, areas: DraftArea[]): KpiListRow[] {
  return areas.flatMap((area) =>
    area.measures.flatMap((measure) =>
      measure.kpis.map((draft, index) => {
        const id = `${year}-${measure.letter}-${index + 1}`;
        const handSet = HAND_SET[id];
        const assigned = ASSIGNED_DEPARTMENTS[id];
        return {
          area: `(${area.numeral}) ${area.title}`,
          measure: `(${measure.letter}) ${measure.title}`,
          text: normaliseRichText(draft.text),
          ...(measure.preamble ? { preamble: normaliseRichText(measure.preamble) } : {}),
          ...(handSet ? { handSet } : {}),
          ...(assigned ? { departments: assigned.departments } : {}),
        };
      }),
    ),
  );
}

/** The paper's rows through the same register builder the command line and the add-in use. */
function buildFromPaper(
  year: number,
  meta: Omit<Register, "areas" | "year" | "schemaVersion">,
  areas: DraftArea[],
): Register {
  const withProgress = meta.progressAsAt !== undefined;
  if (withProgress) for (const area of areas) area.measures.forEach(alignProgress);
  const rows = paperRows(year, areas);
  const built = buildRegister(rows, { year, announced: meta.listStart, ...meta });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  if (process.argv.includes("--show")) {
    for (const reading of built.readings)
      console.log(
        `\n${reading.id} ${reading.text}\n  ${reading.needsReading ?? reading.targets.join("\n  ")}`,
      );
  }
  if (built.needsReading > 0 && !process.argv.includes("--show")) {
    const unread = built.readings.filter((reading) => reading.needsReading);
    throw new Error(unread.map((reading) => `${reading.id}: ${reading.needsReading}`).join("\n"));
  }
  if (!withProgress) return built.register;
  const drafts = areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));
  let k = 0;
  for (const area of built.register.areas) {
    for (const measure of area.measures) {
      for (const kpi of measure.kpis) {
        const [status, ...narrative] = drafts[k++].progress.map((bullet) => normaliseRichText(bullet));
        const progress: PaperProgress = {
          statusPhrase: plainText(status),
          narrative,
          figures: REPORTED_FIGURES[kpi.id] ?? [],
        };
        kpi.progress = progress;
      }
    }
  }
  return built.register;
}

function main(): void {
  const annexes = readAnnexes(fs.readFileSync(sourcePath, "utf8"));
  const source =
    'LegCo Panel on Security paper "2023 Policy Address - Policy Initiatives of Security Bureau", Security Bureau, November 2023';
  const drafts: Array<[number, Omit<Register, "areas" | "year" | "schemaVersion">]> = [
    [
      2022,
      {
        title: annexes.get(2022)!.title,
        source: `${source}, Annex I. listStart 2022-10-19: the 2022 Policy Address, which announced these KPIs, was delivered on 19 October 2022.`,
        listStart: "2022-10-19",
        progressAsAt: "2023-09-30",
      },
    ],
    [
      2023,
      {
        title: annexes.get(2023)!.title,
        source: `${source}, Annex II. listStart 2023-10-25: the 2023 Policy Address, which announced these KPIs, was delivered on 25 October 2023.`,
        listStart: "2023-10-25",
      },
    ],
  ];
  const check = process.argv.includes("--check");
  for (const [year, meta] of drafts) {
    const annex = annexes.get(year);
    if (!annex) throw new Error(`annex for ${year} not found`);
    const register = buildFromPaper(year, meta, readStructure(annex.rows, meta.progressAsAt !== undefined));
    const loaded = loadRegister(register);
    if (!loaded.ok && !process.argv.includes("--show")) throw new Error(loaded.errors.join("\n"));
    if (process.argv.includes("--show")) continue;
    const out = path.resolve(repoRoot, `seeds/kpis-${year}.json`);
    const json = `${JSON.stringify(register, null, 2)}\n`;
    if (check) {
      const same = fs.existsSync(out) && fs.readFileSync(out, "utf8") === json;
      console.log(`${out}: ${same ? "matches" : "DIFFERS"}`);
    } else {
      fs.writeFileSync(out, json);
      console.log(`wrote ${out}`);
    }
  }
}

if (require.main === module) main();
