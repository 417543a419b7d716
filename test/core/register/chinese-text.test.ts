/** Chinese text in the register: the schema, a KPI list's Chinese columns, and the register they build. */
import { buildRegister } from "../../../src/core/register/build-register";
import { planListSheet } from "../../../src/core/register/list-sheet";
import { kpiListRows, type ListCell } from "../../../src/core/register/list-layout";
import { loadRegister } from "../../../src/core/register/load";
import type { Register } from "../../../src/core/register/schema";
import { SEED_YEARS, readSeedJson } from "./seed-files";

const cell = (text: string): ListCell => (text === "" ? [] : [{ text }]);
const grid = (rows: string[][]) => rows.map((row) => row.map(cell));
const FACTS = { year: 2025, announced: "2025-09-17" };

const kpis = (register: Register) =>
  register.areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));

function registerFrom(rows: string[][]): Register {
  const listed = kpiListRows(grid(rows));
  if (!listed.ok) throw new Error(listed.error);
  const built = buildRegister(listed.rows, FACTS);
  if (!built.ok) throw new Error(built.errors.join("\n"));
  return built.register;
}

const SMALL: Register = {
  schemaVersion: 1,
  year: 2025,
  title: "KPIs 2025",
  source: "test",
  listStart: "2025-09-17",
  chinese: { title: "2025年績效指標" },
  areas: [
    {
      numeral: "I",
      title: "Safer Streets",
      chinese: { title: "更安全的街道" },
      measures: [
        {
          letter: "A",
          title: "Fire safety",
          preamble: [{ text: "The FSD will:" }],
          chinese: { title: "消防安全", preamble: [{ text: "消防處會：" }] },
          kpis: [
            {
              id: "2025-A-1",
              departments: ["FSD"],
              text: [{ text: "Inspect 800 buildings in 2025-26." }],
              targets: [{ kind: "ongoing" }],
              chinese: {
                text: [{ text: "在2025-26年度巡查" }, { text: "800", bold: true }, { text: "幢樓宇。" }],
              },
            },
          ],
        },
      ],
    },
  ],
};

describe("the register schema's Chinese text", () => {
  it("keeps the Chinese title, headings, preamble and KPI text through loading", () => {
    const loaded = loadRegister(JSON.parse(JSON.stringify(SMALL)));
    expect(loaded.ok && loaded.register).toEqual(SMALL);
  });

  it("refuses an empty Chinese title and an unknown field inside `chinese`", () => {
    const emptyTitle = structuredClone(SMALL);
    emptyTitle.areas[0].chinese = { title: "" };
    expect(loadRegister(emptyTitle).ok).toBe(false);
    const unknown = JSON.parse(JSON.stringify(SMALL));
    unknown.areas[0].measures[0].kpis[0].chinese.title = "多餘";
    const result = loadRegister(unknown);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^KPI 2025-A-1: chinese/);
  });

  it("leaves the seeds without Chinese text (the paper we have is English only)", () => {
    for (const year of SEED_YEARS) expect(JSON.stringify(readSeedJson(year))).not.toContain('"chinese"');
  });
});

describe("a KPI list with a Chinese text column", () => {
  it("carries the Chinese text of the rows that have it; the others have none", () => {
    const register = registerFrom([
      ["Area", "Measure", "KPI", "Chinese text"],
      ["Safer Streets", "Fire safety", "Inspect 800 buildings in 2025-26.", "在2025-26年度巡查800幢樓宇。"],
      ["", "", "Open a new depot by end-2026.", ""],
      ["Youth", "Cadets", "Train 100 cadets within 2026.", "在2026年內訓練100名少年警訊隊員。"],
    ]);
    expect(kpis(register).map((kpi) => [kpi.id, kpi.chinese])).toEqual([
      ["2025-A-1", { text: [{ text: "在2025-26年度巡查800幢樓宇。" }] }],
      ["2025-A-2", undefined],
      ["2025-B-1", { text: [{ text: "在2026年內訓練100名少年警訊隊員。" }] }],
    ]);
  });

  it("recognises the column and the Chinese area and measure columns by their Chinese headers", () => {
    const register = registerFrom([
      ["Area", "範疇（中文）", "Measure", "措施（中文）", "KPI", "中文本"],
      [
        "Safer Streets",
        "(一) 更安全的街道",
        "Fire safety",
        "消防安全",
        "Inspect 800 buildings in 2025-26.",
        "巡查800幢樓宇。",
      ],
      ["Youth", "", "Cadets", "", "Train 100 cadets within 2026.", ""],
    ]);
    expect(register.areas.map((area) => [area.title, area.chinese])).toEqual([
      ["Safer Streets", { title: "更安全的街道" }],
      ["Youth", undefined],
    ]);
    expect(register.areas[0].measures[0].chinese).toEqual({ title: "消防安全" });
    expect(kpis(register)[0].chinese).toEqual({ text: [{ text: "巡查800幢樓宇。" }] });
  });

  it("reads English headers such as Chinese area, Chinese measure and KPI (Chinese)", () => {
    const register = registerFrom([
      ["Chinese area", "Area", "Chinese measure", "Measure", "KPI", "KPI (Chinese)"],
      ["青年", "Youth", "制服團隊", "Cadets", "Train 100 cadets within 2026.", "訓練100名隊員。"],
    ]);
    expect(register.areas[0].chinese).toEqual({ title: "青年" });
    expect(register.areas[0].measures[0].chinese).toEqual({ title: "制服團隊" });
    expect(kpis(register)[0].chinese).toEqual({ text: [{ text: "訓練100名隊員。" }] });
  });

  it("pairs bullets one to one, and pairs none when the cells hold different numbers of bullets", () => {
    const register = registerFrom([
      ["Area", "Measure", "KPI", "Chinese text"],
      [
        "A",
        "M",
        "\u27A4 Hold 2 camps in 2026. \u27A4 Train 100 cadets within 2026.",
        "\u27A4 舉辦2個營。 \u27A4 訓練100名隊員。",
      ],
      [
        "A",
        "N",
        "\u27A4 Hold 3 camps in 2026. \u27A4 Train 50 cadets within 2026.",
        "舉辦3個營及訓練50名隊員。",
      ],
    ]);
    expect(kpis(register).map((kpi) => kpi.chinese?.text[0].text)).toEqual([
      "舉辦2個營。",
      "訓練100名隊員。",
      undefined,
      undefined,
    ]);
  });

  it("reads the paper's layout with a Chinese column: an area row's Chinese heading, each bullet's text", () => {
    const register = registerFrom([
      ["Measures", "KPIs", "中文本"],
      ["(I) Safer Streets", "(I) Safer Streets", "(一) 更安全的街道"],
      ["(A) Fire safety", "\u27A4 Inspect 800 buildings in 2025-26.", "\u27A4 巡查800幢樓宇。"],
      ["", "\u27A4 Open a new depot by end-2026.", ""],
    ]);
    expect(register.areas[0].title).toBe("Safer Streets");
    expect(register.areas[0].chinese).toEqual({ title: "更安全的街道" });
    expect(kpis(register).map((kpi) => [kpi.text.map((run) => run.text).join(""), kpi.chinese])).toEqual([
      ["Inspect 800 buildings in 2025-26.", { text: [{ text: "巡查800幢樓宇。" }] }],
      ["Open a new depot by end-2026.", undefined],
    ]);
  });

  it("reads a list without the column as before", () => {
    const register = registerFrom([
      ["Area", "Measure", "KPI"],
      ["Youth", "Cadets", "Train 100 cadets within 2026."],
    ]);
    expect(JSON.stringify(register)).not.toContain("chinese");
  });
});

describe("a KPI list sheet with a Chinese text column", () => {
  it("keeps the Chinese text in the register and writes its readings to the right of the column", () => {
    const plan = planListSheet(
      {
        sheetName: "List",
        top: 0,
        left: 0,
        values: [
          ["Area", "Measure", "KPI", "Chinese text"],
          ["Youth", "Cadets", "Train 100 cadets within 2026.", "在2026年內訓練100名隊員。"],
          ["", "", "Hold 2 camps in 2026.", null],
        ],
      },
      FACTS,
    );
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    expect(kpis(plan.register).map((kpi) => kpi.chinese?.text)).toEqual([
      [{ text: "在2026年內訓練100名隊員。" }],
      undefined,
    ]);
    expect(plan.headers.col).toBe(4);
    expect(plan.headers.values[0][0]).toBe("Target read as");
  });
});
