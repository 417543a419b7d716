/**
 * Annex I regenerated: the 2022 register with the paper's own progress, in the progress layout,
 * must print every KPI and every progress line of the paper, with the same bold stretches.
 */
import * as fs from "fs";
import * as path from "path";
import { buildAnnex, progressLines, type Annex } from "../../../src/core/annex";
import { loadRegister } from "../../../src/core/register/load";
import type { RichText } from "../../../src/core/register/schema";
import { readPaperAnnex, readPaperSource, squash, type PaperLine } from "./paper-annex";

function normalise(text: string): string {
  return squash(text.replace(/\u27A4/g, " "));
}

function generatedLine(runs: RichText): PaperLine {
  const bold: string[] = [];
  let current = "";
  for (const run of runs) {
    if (run.bold) current += run.text;
    else if (current !== "") {
      if (squash(current) !== "") bold.push(squash(current));
      current = "";
    }
  }
  if (squash(current) !== "") bold.push(squash(current));
  return { text: normalise(runs.map((run) => run.text).join("")), bold };
}

function generateAnnexI(): Annex {
  const json: unknown = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../../seeds/kpis-2022.json"), "utf8"),
  );
  const loaded = loadRegister(json);
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  return buildAnnex({ register: loaded.register, asAt: "2023-09-30", layout: "progress-report" });
}

const paper = readPaperAnnex(readPaperSource(), 2022);
const annex = generateAnnexI();

interface LineCase {
  name: string;
  expected: PaperLine | undefined;
  actual: PaperLine | undefined;
}

const kpiCases: LineCase[] = [];
const progressCases: LineCase[] = [];
paper.areas.forEach((paperArea, areaIndex) => {
  paperArea.measures.forEach((paperMeasure, measureIndex) => {
    const measure = annex.areas[areaIndex]?.measures[measureIndex];
    const rows = measure?.rows ?? [];
    const count = Math.max(paperMeasure.kpis.length, rows.length);
    for (let i = 0; i < count; i++) {
      const row = rows[i];
      kpiCases.push({
        name: `${paperMeasure.heading.slice(0, 3)} KPI ${i + 1}`,
        expected: paperMeasure.kpis[i],
        actual: row ? generatedLine(row.kpi) : undefined,
      });
    }
    const generated = rows.flatMap((row) => progressLines(row.progress)).map(generatedLine);
    const lines = Math.max(paperMeasure.progress.length, generated.length);
    for (let i = 0; i < lines; i++) {
      progressCases.push({
        name: `${paperMeasure.heading.slice(0, 3)} progress line ${i + 1}`,
        expected: paperMeasure.progress[i],
        actual: generated[i],
      });
    }
  });
});

describe("Annex I reproduced from seeds/kpis-2022.json", () => {
  it("reads a plausible annex from the paper (guards the test's own reader)", () => {
    expect(paper.areas).toHaveLength(5);
    expect(paper.areas.flatMap((area) => area.measures)).toHaveLength(15);
    expect(kpiCases.length).toBeGreaterThan(40);
    expect(progressCases.length).toBeGreaterThan(kpiCases.length * 2);
  });

  it("prints the paper's title and column headers", () => {
    expect(normalise(annex.title)).toBe(normalise(paper.title));
    expect(annex.columns).toEqual(paper.header);
  });

  it("has the paper's policy areas and measures, in order", () => {
    expect(annex.areas.map((area) => area.heading)).toEqual(paper.areas.map((area) => area.heading));
    expect(annex.areas.map((area) => area.measures.map((m) => normalise(m.heading)))).toEqual(
      paper.areas.map((area) => area.measures.map((m) => m.heading)),
    );
  });

  it("prints each measure's preamble, if any", () => {
    const generated = annex.areas.flatMap((a) =>
      a.measures.map((m) => (m.preamble ? generatedLine(m.preamble) : null)),
    );
    expect(generated).toEqual(paper.areas.flatMap((a) => a.measures.map((m) => m.preamble)));
  });

  it.each(kpiCases)("$name", ({ expected, actual }) => {
    expect(actual).toEqual(expected);
  });

  it.each(progressCases)("$name", ({ expected, actual }) => {
    expect(actual).toEqual(expected);
  });

  it("starts each KPI's progress cell with the status phrase", () => {
    const rows = annex.areas.flatMap((a) => a.measures.flatMap((m) => m.rows));
    for (const row of rows) {
      expect(row.progress?.source).toBe("paper");
      expect(generatedLine(row.progress!.statusPhrase).text).toMatch(
        /^(Task completed\.|Task on track\.|Working towards the target\.|KPI of \d{4} completed\. KPI of \d{4} on track\.)$/,
      );
    }
  });
});
