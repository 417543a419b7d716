import { buildRegister, type KpiListRow } from "../../../src/core/register/build-register";
import { loadRegister } from "../../../src/core/register/load";
import type { Register } from "../../../src/core/register/schema";

const FACTS = { year: 2025, announced: "2025-09-17" };

function built(rows: KpiListRow[]) {
  const result = buildRegister(rows, FACTS);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result;
}

const kpis = (register: Register) =>
  register.areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));

describe("buildRegister", () => {
  const rows: KpiListRow[] = [
    {
      area: "Safer Streets",
      measure: "Fire safety in old buildings",
      text: "The FSD will inspect 1 200 old buildings by end-2026.",
    },
    {
      area: "Safer Streets",
      measure: "Fire safety in old buildings",
      departments: "FSD, ImmD",
      text: "Launch a joint  inspection app in Q2 2026.",
    },
    {
      area: "Youth",
      measure: "Uniformed groups",
      text: "Continue to support youth uniformed groups.",
    },
  ];

  it("numbers areas and measures in order of appearance and ids as <year>-<letter>-<n>", () => {
    const { register } = built(rows);
    expect(register.areas.map((a) => [a.numeral, a.title, a.measures.map((m) => m.letter)])).toEqual([
      ["I", "Safer Streets", ["A"]],
      ["II", "Youth", ["B"]],
    ]);
    expect(kpis(register).map((k) => k.id)).toEqual(["2025-A-1", "2025-A-2", "2025-B-1"]);
  });

  it("takes departments from the column, else from the text, else SB", () => {
    const { register } = built(rows);
    expect(kpis(register).map((k) => k.departments)).toEqual([["FSD"], ["FSD", "ImmD"], ["SB"]]);
  });

  it("reads targets and deadlines, opening undated windows on the announcement day", () => {
    const { register, readings } = built(rows);
    expect(kpis(register)[0].targets).toEqual([
      {
        kind: "count",
        unit: "old buildings",
        quantity: 1200,
        deadline: { text: "by end-2026", start: "2025-09-17", end: "2026-12-31" },
      },
    ]);
    expect(readings.map((r) => r.targets)).toEqual([
      ["count: 1 200 old buildings by 31 Dec 2026"],
      ["milestone by 30 Jun 2026"],
      ["ongoing: no figure or date to track"],
    ]);
  });

  it("infers the paper's bold runs: the figure and the time phrase", () => {
    const { register } = built(rows);
    expect(kpis(register)[0].text).toEqual([
      { text: "The FSD will inspect " },
      { text: "1 200", bold: true },
      { text: " old buildings " },
      { text: "by end-2026", bold: true },
      { text: "." },
    ]);
    expect(kpis(register)[1].text).toEqual([
      { text: "Launch a joint inspection app in " },
      { text: "Q2 2026", bold: true },
      { text: "." },
    ]);
  });

  it("keeps a KPI it cannot read, never guessed, and counts it", () => {
    const result = built([
      ...rows,
      { area: "Youth", measure: "Uniformed groups", text: "Hold 40 drills with the Police." },
      { area: "Youth", measure: "Uniformed groups", text: "Train 500 officers by end-2024." },
    ]);
    expect(result.needsReading).toBe(2);
    expect(result.register.needsReading).toBe(2);
    const [drills, stale] = kpis(result.register).slice(3);
    expect(drills.targets).toEqual([{ kind: "ongoing" }]);
    expect(drills.needsReading).toEqual({ reason: '"40 drills" has no deadline in the text' });
    expect(drills.text).toEqual([{ text: "Hold 40 drills with the Police." }]);
    expect(stale.needsReading?.reason).toMatch(/ends \(2024-12-31\) before it starts \(2025-09-17\)/);
    expect(result.readings.slice(3).map((r) => r.needsReading !== undefined)).toEqual([true, true]);
    expect(loadRegister(JSON.parse(JSON.stringify(result.register))).ok).toBe(true);
    expect(built(rows).register.needsReading).toBeUndefined();
  });

  it("keeps the paper's runs as given and a hand-set KPI's targets", () => {
    const { register } = built([
      {
        area: "(III) Moving with Ease",
        measure: "(H) Better services",
        text: [{ text: "Serve more people " }, { text: "soon", bold: true }],
        handSet: { reason: "too loose to read", targets: [{ kind: "ongoing", label: "serving" }] },
      },
    ]);
    const [kpi] = kpis(register);
    expect(kpi.id).toBe("2025-H-1");
    expect(register.areas[0].numeral).toBe("III");
    expect(kpi.text).toEqual([{ text: "Serve more people " }, { text: "soon", bold: true }]);
    expect(kpi.handSet).toEqual({ reason: "too loose to read" });
    expect(kpi.targets).toEqual([{ kind: "ongoing", label: "serving" }]);
  });

  it("refuses rows it cannot place, naming the row", () => {
    const result = buildRegister(
      [
        { area: "A", measure: "M", departments: "FSD, Fire Brigade", text: "Do it by end-2026." },
        { area: "A", measure: "M", text: "  " },
      ],
      FACTS,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'row 1: unknown department "Fire Brigade" (known: SB, HKPF, FSD, CSD, ImmD, C&ED, GFS, TCAB)',
        "row 2: no KPI text",
      ],
    });
    expect(buildRegister([], FACTS)).toEqual({ ok: false, errors: ["the list has no KPIs"] });
  });
});

describe("loadRegister and needsReading", () => {
  const unread = built([{ area: "A", measure: "M", text: "Hold 40 drills." }]).register;

  it("refuses a count that disagrees with the marked KPIs", () => {
    const result = loadRegister({ ...unread, needsReading: 3 });
    expect(result).toEqual({
      ok: false,
      errors: ["needsReading: 3 but 1 KPIs are marked as needing reading"],
    });
  });

  it("refuses a KPI marked as needing reading that carries a guessed target", () => {
    const copy = JSON.parse(JSON.stringify(unread)) as Register;
    copy.areas[0].measures[0].kpis[0].targets = [
      { kind: "milestone", deadline: { text: "by end-2026", start: "2025-09-17", end: "2026-12-31" } },
    ];
    expect(loadRegister(copy)).toEqual({
      ok: false,
      errors: ["KPI 2025-A-1: targets: a KPI that needs reading has one ongoing target, not a guess"],
    });
  });
});

describe("ids and headings pasted twice", () => {
  it("keeps one area and one measure when a list names them again later, numbering on", () => {
    const { register, readings } = built([
      { area: "Safer Streets", measure: "Fire safety", text: "Inspect 100 shops within 2026." },
      { area: "Youth", measure: "Cadets", text: "Train 40 cadets within 2026." },
      { area: "safer  streets", measure: "Fire Safety", text: "Inspect 200 farms within 2026." },
      { area: "Youth", measure: "Cadets", text: "Train 60 pilots within 2026." },
    ]);
    expect(
      register.areas.map((a) => [
        a.numeral,
        a.title,
        a.measures.map((m) => [m.letter, m.kpis.map((k) => k.id)]),
      ]),
    ).toEqual([
      ["I", "Safer Streets", [["A", ["2025-A-1", "2025-A-2"]]]],
      ["II", "Youth", [["B", ["2025-B-1", "2025-B-2"]]]],
    ]);
    expect(kpis(register).map((k) => k.text.map((r) => r.text).join(""))).toEqual([
      "Inspect 100 shops within 2026.",
      "Inspect 200 farms within 2026.",
      "Train 40 cadets within 2026.",
      "Train 60 pilots within 2026.",
    ]);
    // Readings come in print order, as the register lists the KPIs.
    expect(readings.map((r) => r.id)).toEqual(["2025-A-1", "2025-A-2", "2025-B-1", "2025-B-2"]);
  });

  it("matches a labelled heading with the same title unlabelled, and keeps the paper's letters", () => {
    const { register } = built([
      { area: "(II) Youth", measure: "(N) Leaders Forum", text: "Select 30 new members by end-2026." },
      { area: "Youth", measure: "Leaders Forum", text: "Hold 4 forums within 2026." },
      { area: "(II) Youth", measure: "New measure", text: "Hold 2 camps within 2026." },
    ]);
    expect(kpis(register).map((k) => k.id)).toEqual(["2025-N-1", "2025-N-2", "2025-O-1"]);
    expect(register.areas.map((a) => a.numeral)).toEqual(["II"]);
  });

  it("refuses a 27th measure: ids have one letter", () => {
    const rows = Array.from({ length: 27 }, (_, i) => ({
      area: "A",
      measure: `Measure ${i + 1}`,
      text: "Hold 2 camps within 2026.",
    }));
    expect(buildRegister(rows, FACTS)).toEqual({ ok: false, errors: ["row 27: more than 26 measures"] });
  });
});
