import { flattenRegister, kpiPlainText, type KpiRecord } from "../../../src/core/register/flatten";
import type { RichText } from "../../../src/core/register/schema";
import { DEPARTMENTS } from "../../../src/core/vocabulary";
import { annexRows, loadSeed, SEED_YEARS, squeeze } from "./seed-files";

const annexes = annexRows();
const records = new Map<number, KpiRecord[]>(
  SEED_YEARS.map((year) => [year, flattenRegister(loadSeed(year))]),
);
const kpi = (id: string): KpiRecord => {
  const found = records.get(Number(id.slice(0, 4)))?.find((record) => record.id === id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
};
const NUMBER_WORDS: Record<number, string> = { 4: "four", 6: "six" };
/** Figures the paper states in other words: "increased ... from 600 to 900", "all of which" (114 of 114). */
const DERIVED_FIGURES = ["2022-C-5:300", "2022-F-5:100"];
const bold = (text: RichText) => text.filter((run) => run.bold).map((run) => run.text);

describe("the seed registers against the paper", () => {
  it("finds both annexes in the source paper", () => {
    expect([...annexes.keys()]).toEqual([2022, 2023]);
  });

  it.each(SEED_YEARS)("%i: has one KPI per ➤ bullet of the annex's KPIs column", (year) => {
    const bulletsInKpiColumn = annexes
      .get(year)!
      .reduce((sum, cells) => sum + ((cells[1] ?? "").match(/➤/g) ?? []).length, 0);
    expect(records.get(year)!.length).toBe(bulletsInKpiColumn);
  });

  it("counts 47 KPIs in Annex I and 49 in Annex II", () => {
    expect(records.get(2022)!.length).toBe(47);
    expect(records.get(2023)!.length).toBe(49);
  });

  it.each(SEED_YEARS)(
    "%i: keeps every KPI's text as printed, in print order, with nothing dropped or added",
    (year) => {
      const column = annexes
        .get(year)!
        .map((cells) => cells[1] ?? "")
        .join("");
      const bullets = squeeze(column).split("➤").slice(1);
      const preambles = loadSeed(year).areas.flatMap((area) =>
        area.measures.flatMap((measure) =>
          measure.preamble ? [squeeze(kpiPlainText(measure.preamble))] : [],
        ),
      );
      const printed = bullets.map((bullet) =>
        preambles.reduce((text, preamble) => text.replace(preamble, ""), bullet),
      );
      expect(records.get(year)!.map((record) => squeeze(kpiPlainText(record.text)))).toEqual(printed);
    },
  );

  it("keeps the Latest Progress column of Annex I, each bullet under the KPI it reports on", () => {
    const column = annexes
      .get(2022)!
      .map((cells) => cells[2] ?? "")
      .join("");
    const printed = squeeze(column).split("➤").slice(1);
    const stored = records
      .get(2022)!
      .flatMap((record) => [record.progress!.statusPhrase, ...record.progress!.narrative.map(kpiPlainText)])
      .map(squeeze);
    expect(stored).toEqual(printed);
    for (const record of records.get(2022)!) {
      expect(record.progress!.statusPhrase).toMatch(
        /^(Task completed\.|Task on track\.|Working towards the target\.|KPI of 2022 completed\. KPI of 2023 on track\.)$/,
      );
    }
    expect(kpi("2022-M-3").progress!.statusPhrase).toBe("Working towards the target.");
    expect(kpiPlainText(kpi("2022-F-11").progress!.narrative[2])).toMatch(
      /^The Rescue Map solution won the "Gold Medal/,
    );
  });

  it("has no Latest Progress in Annex II", () => {
    expect(records.get(2023)!.every((record) => record.progress === undefined)).toBe(true);
  });

  it("numbers KPIs under their measure in print order, continuation rows included", () => {
    expect(kpiPlainText(kpi("2023-A-3").text)).toMatch(
      /^Strive to enhance the protection of cybersecurity of critical infrastructure/,
    );
    expect(kpiPlainText(kpi("2023-Q-4").text)).toMatch(
      /^Increase the membership of the ImmD Youth Leaders Corps/,
    );
    expect(kpiPlainText(kpi("2022-C-4").text)).toMatch(
      /not less than 12 000 operations on the targeted establishments every year/,
    );
  });

  it("joins text split by a page break with one space", () => {
    expect(kpiPlainText(kpi("2022-B-1").text)).toContain(
      "critical infrastructure, we propose to clearly define",
    );
    expect(kpiPlainText(kpi("2023-F-1").text)).toContain('Support Centre" under the FSD');
    expect(kpiPlainText(kpi("2023-T-1").text)).toContain(
      "of the World Customs Organization (WCO) from 2024 to 2026.",
    );
  });

  it("keeps the paper's bold runs and decodes entities", () => {
    expect(bold(kpi("2022-C-2").text)).toEqual(["1 500", "2022", "3 000", "2023"]);
    expect(bold(kpi("2023-Q-4").text)).toEqual(["500 by end-2023, and then to 600 within 2024."]);
    expect(bold(kpi("2022-C-2").progress!.narrative[1])).toEqual(["From January to September 2023", "2 039"]);
    expect(kpiPlainText(kpi("2023-M-4").text)).toMatch(/^The C&ED is adopting/);
    for (const record of [...records.values()].flat()) {
      const runs = [...record.text, ...(record.progress?.narrative.flat() ?? [])];
      for (const run of runs) expect(run.text).not.toMatch(/<\/?[a-z]+|&amp;|&#\d+;|\s\s/);
    }
  });

  it("names areas and measures as each annex prints them", () => {
    expect(kpi("2022-H-1").area).toEqual({ numeral: "III", title: "Moving with Ease" });
    expect(kpi("2023-L-1").area).toEqual({ numeral: "III", title: "Enabling Highly Efficient Connectivity" });
    expect(kpi("2022-M-1").area.title).toBe("Improving Life through Technology");
    expect(kpi("2023-N-1").area).toEqual({ numeral: "V", title: "Youth Development" });
    expect(kpi("2022-B-1").measure).toEqual({
      letter: "B",
      title: "Enhancing the Protection of Cyber-security of Critical Infrastructure",
    });
    expect(kpi("2023-F-1").measure.title).toBe(
      'Establish the "Fire Services Department Building Improvement Support Centre”',
    );
    expect(kpi("2023-T-1").measure.title).toBe("Strengthening International Participation of the C&ED");
    expect(kpi("2022-G-1").measure.title).toBe('Rehabilitation Services for Persons in Custody ("PICs")');
  });

  it("keeps the preamble of Annex II measure (H) apart from its bullets", () => {
    const measureH = loadSeed(2023).areas[0].measures.find((measure) => measure.letter === "H")!;
    expect(kpiPlainText(measureH.preamble!)).toBe(
      "The Government will continue to implement further enhanced measures to handle non-refoulement claims, including:",
    );
    expect(measureH.kpis.map((k) => k.id)).toEqual(["2023-H-1", "2023-H-2", "2023-H-3", "2023-H-4"]);
  });

  it("names the departments the KPI text names, SB where it names none", () => {
    expect(kpi("2022-F-1").departments).toEqual(["FSD", "GFS"]);
    expect(kpi("2022-C-2").departments).toEqual(["TCAB"]);
    expect(kpi("2023-I-1").departments).toEqual(["HKPF"]);
    expect(kpi("2023-Q-7").departments).toEqual(["HKPF"]);
    expect(kpi("2023-T-1").departments).toEqual(["C&ED"]);
    expect(kpi("2023-J-1").departments).toEqual(["CSD"]);
    expect(kpi("2023-O-1").departments).toEqual(["GFS"]);
    expect(kpi("2022-A-1").departments).toEqual(["SB"]);
    for (const record of [...records.values()].flat()) {
      expect(record.departments.every((d) => (DEPARTMENTS as readonly string[]).includes(d))).toBe(true);
    }
  });

  it("records the figures the Latest Progress column reports, each against a target and a period", () => {
    expect(kpi("2022-C-2").progress!.figures).toEqual([
      {
        targetIndex: 0,
        value: 1572,
        unit: "appeal cases",
        period: { text: "in 2022", start: "2022-01-01", end: "2022-12-31" },
      },
      {
        targetIndex: 1,
        value: 2039,
        unit: "appeal cases",
        period: { text: "From January to September 2023", start: "2023-01-01", end: "2023-09-30" },
      },
    ]);
    // Every figure's number is printed in its KPI's progress narrative.
    for (const record of records.get(2022)!) {
      const narrative = record.progress!.narrative.map(kpiPlainText).join(" ");
      for (const figure of record.progress!.figures) {
        if (DERIVED_FIGURES.includes(`${record.id}:${figure.value}`)) continue;
        const digits = figure.value.toLocaleString("en-US").replace(/,/g, " ");
        expect(
          [digits, NUMBER_WORDS[figure.value]].some((printed) => printed && narrative.includes(printed)),
        ).toBe(true);
      }
    }
  });
});
