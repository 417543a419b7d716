/** kpi-tracker register, run as a user runs it: node src/cli/bin.cjs in a child process. */
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { loadRegister } from "../../src/core/register/load";
import type { Register } from "../../src/core/register/schema";
import { ROOT, runCli, type CliRun } from "./run-cli";

jest.setTimeout(60_000);

const root = ROOT;
const fixture = path.join(root, "test/fixtures/kpi-list-2025.csv");

const cli = (...args: string[]): Promise<CliRun> => runCli(dir, ...args);

async function registerAt(file: string): Promise<Register> {
  const loaded = loadRegister(JSON.parse(await readFile(file, "utf8")));
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  return loaded.register;
}

const kpisOf = (register: Register) =>
  register.areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-register-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FACTS = ["--year", "2025", "--announced", "2025-09-17"];

describe("kpi-tracker register from a CSV list", () => {
  it("prints one reading per KPI, counts those that need reading, and writes a register that loads", async () => {
    const out = path.join(dir, "csv.json");
    const { code, stdout, stderr } = await cli("register", fixture, ...FACTS, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines[1]).toBe("2025-B-1  count: 800 proactive inspections by 31 Mar 2026");
    expect(lines).toContain(
      "2025-C-1  level: at least 95% of employment visa applications within 4 weeks from 1 Jan 2026",
    );
    expect(lines).toContain('2025-E-2  NEEDS READING: "40 anti-drug talks" has no deadline in the text');
    expect(lines[12]).toBe(`12 KPIs written to ${out}; 1 needs reading`);
    const register = await registerAt(out);
    expect(register.year).toBe(2025);
    expect(register.listStart).toBe("2025-09-17");
    expect(register.needsReading).toBe(1);
    expect(kpisOf(register).find((k) => k.id === "2025-B-2")?.departments).toEqual(["FSD"]);
  });

  it("never overwrites an existing --out without --force", async () => {
    const out = path.join(dir, "kept.json");
    await writeFile(out, "earlier register");
    const refused = await cli("register", fixture, ...FACTS, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`kpi-tracker register: ${out} already exists; use --force to overwrite it\n`);
    expect(await readFile(out, "utf8")).toBe("earlier register");
    const forced = await cli("register", fixture, ...FACTS, "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect((await registerAt(out)).year).toBe(2025);
  });

  it.each([
    [["--announced", "2025-09-17"], '--year must be a year such as 2026, got ""'],
    [
      ["--year", "2025", "--announced", "17/9/2025"],
      '--announced must be a date as YYYY-MM-DD, got "17/9/2025"',
    ],
    [
      ["--year", "2025", "--announced", "2025-02-30"],
      '--announced must be a date as YYYY-MM-DD, got "2025-02-30"',
    ],
    [[...FACTS, "--colour"], "unknown flag --colour; see kpi-tracker register --help"],
  ])("refuses bad options %j with one line and exit 2", async (flags, message) => {
    const out = path.join(dir, "bad.json");
    const { code, stderr } = await cli("register", fixture, ...flags, "--out", out);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toContain(message);
    await expect(stat(out)).rejects.toThrow();
  });

  it.each([
    ["missing.csv", "", "missing.csv: no such file"],
    ["list.txt", "Area,Measure,KPI", "list.txt: expected a .csv, .xlsx or .docx file"],
    ["noheader.csv", "a,b\n1,2\n", 'no header row naming the "Measure" and "KPI" columns'],
    [
      "baddept.csv",
      "Area,Measure,Department,KPI\nA,M,Fire Brigade,Do it by end-2026.\n",
      'unknown department "Fire Brigade"',
    ],
    ["quote.csv", 'Area,Measure,KPI\nA,M,"unclosed\n', "malformed CSV"],
    ["fake.xlsx", "not a zip", "not a readable xlsx workbook"],
    ["fake.docx", "not a zip", "not a readable Word document"],
  ])("refuses unreadable input %s with exit 2", async (name, content, message) => {
    const input = path.join(dir, name);
    if (content !== "") await writeFile(input, content);
    const { code, stderr } = await cli("register", input, ...FACTS, "--out", path.join(dir, `${name}.json`));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("kpi-tracker register from xlsx", () => {
  it("reads a plain four-column list", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("List");
    sheet.addRows([
      ["Area", "Measure", "Department", "KPI"],
      ["Youth", "Cadets", "GFS", "Train 100 cadets within 2026."],
      [null, null, null, "Open a flight simulator centre by Q2 2026."],
    ]);
    const input = path.join(dir, "plain.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = path.join(dir, "plain.json");
    const { code, stdout } = await cli("register", input, ...FACTS, "--out", out);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      "2025-A-1  count: 100 cadets by 31 Dec 2026",
      "2025-A-2  milestone by 30 Jun 2026",
    ]);
    // Area and Measure repeat down empty cells; an empty Department means "the ones the text names".
    expect(kpisOf(await registerAt(out)).map((k) => k.departments)).toEqual([["GFS"], ["SB"]]);
  });

  it("reads the paper's annex layout as pasted from Word: area rows, merged measures, ➤ bullets", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pasted");
    sheet.addRows([
      ["Measures", "KPIs"],
      ["(I) Safeguarding Our Country and Home", null],
      [
        "(A) Fire safety",
        {
          richText: [
            { text: "➤ The FSD will conduct " },
            { text: "800", font: { bold: true } },
            { text: " inspections " },
            { text: "in 2025-26", font: { bold: true } },
            { text: ".\n➤ The FSD will open a depot by end-2026." },
          ],
        },
      ],
      [null, "➤ Continue to promote fire safety."],
      ["(II) Nurturing Youth", null],
      ["(B) Cadets", "➤ Train fifty cadets within 2026."],
    ]);
    sheet.mergeCells("A2:B2");
    sheet.mergeCells("A3:A4");
    const input = path.join(dir, "pasted.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = path.join(dir, "pasted.json");
    const { code, stdout, stderr } = await cli("register", input, ...FACTS, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const register = await registerAt(out);
    expect(register.areas.map((a) => [a.numeral, a.title, a.measures.map((m) => m.letter)])).toEqual([
      ["I", "Safeguarding Our Country and Home", ["A"]],
      ["II", "Nurturing Youth", ["B"]],
    ]);
    const kpis = kpisOf(register);
    expect(kpis.map((k) => k.id)).toEqual(["2025-A-1", "2025-A-2", "2025-A-3", "2025-B-1"]);
    expect(kpis[0].text).toEqual([
      { text: "The FSD will conduct " },
      { text: "800", bold: true },
      { text: " inspections " },
      { text: "in 2025-26", bold: true },
      { text: "." },
    ]);
    expect(stdout).toContain("2025-B-1  count: 50 cadets by 31 Dec 2026");
  });
});

describe("the xlsx annex round-trips: register -> annex.xlsx -> register", () => {
  it("gives back the 2023 register's title, outline, KPIs and targets", async () => {
    const seedPath = path.join(root, "seeds/kpis-2023.json");
    const xlsx = path.join(dir, "annex-2023.xlsx");
    expect((await cli("annex", "--register", seedPath, "--out", xlsx)).code).toBe(0);
    const out = path.join(dir, "round-xlsx-2023.json");
    const { code } = await cli("register", xlsx, "--year", "2023", "--announced", "2023-10-25", "--out", out);
    expect(code).toBe(0);
    const [seed, back] = [await registerAt(seedPath), await registerAt(out)];
    expect(back.title).toBe(seed.title);
    const kpis = (r: Register) => kpisOf(r).map((k) => [k.id, k.text, k.handSet ? "hand-set" : k.targets]);
    const handSet = kpisOf(seed)
      .filter((k) => k.handSet)
      .map((k) => k.id);
    expect(kpis(back).filter(([id]) => !handSet.includes(id as string))).toEqual(
      kpis(seed).filter(([id]) => !handSet.includes(id as string)),
    );
  });
});

describe("a Word annex round-trips: register -> annex.docx -> register", () => {
  it.each([
    ["2023", "2023-10-25"],
    ["2022", "2022-10-19"],
  ])("the %s register gives back the same KPIs and targets", async (year, announced) => {
    const seedPath = path.join(root, `seeds/kpis-${year}.json`);
    const docx = path.join(dir, `annex-${year}.docx`);
    expect((await cli("annex", "--register", seedPath, "--out", docx)).code).toBe(0);
    const out = path.join(dir, `round-${year}.json`);
    const { code } = await cli("register", docx, "--year", year, "--announced", announced, "--out", out);
    expect(code).toBe(0);
    const seed = await registerAt(seedPath);
    const back = await registerAt(out);
    expect(back.title).toBe(seed.title);
    const outline = (r: Register) =>
      r.areas.map((a) => [a.numeral, a.title, a.measures.map((m) => [m.letter, m.title, m.preamble])]);
    expect(outline(back)).toEqual(outline(seed));
    const [mine, theirs] = [kpisOf(back), kpisOf(seed)];
    expect(mine.map((k) => k.id)).toEqual(theirs.map((k) => k.id));
    mine.forEach((kpi, i) => {
      const plain = (k: typeof kpi) => k.text.map((run) => run.text).join("");
      expect(plain(kpi)).toBe(plain(theirs[i]));
      // Hand-set KPIs are the ones no reader can set from the words alone.
      if (!theirs[i].handSet) expect(kpi.targets).toEqual(theirs[i].targets);
      // Bold runs come back as printed, where the paper printed any.
      if (theirs[i].text.some((run) => run.bold)) expect(kpi.text).toEqual(theirs[i].text);
    });
  });
});
