import { kpiListRows, type ListCell } from "../../../src/core/register/list-layout";

const cell = (text: string): ListCell => (text === "" ? [] : [{ text }]);
const grid = (rows: string[][]) => rows.map((row) => row.map(cell));

describe("kpiListRows: a plain four-column list", () => {
  it("reads one KPI per row, repeating an empty Area or Measure from the row above", () => {
    const result = kpiListRows(
      grid([
        ["Area", "Measure", "Department", "KPI"],
        ["Safer Streets", "Fire safety", "FSD", "Inspect 800 buildings in 2025-26."],
        ["", "", "", "Open a new depot by end-2026."],
        ["Youth", "Cadets", "GFS, CSD", "Train 100 cadets within 2026."],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      headerRow: 0,
      rows: [
        {
          area: "Safer Streets",
          measure: "Fire safety",
          departments: "FSD",
          text: "Inspect 800 buildings in 2025-26.",
          gridRow: 1,
        },
        { area: "Safer Streets", measure: "Fire safety", text: "Open a new depot by end-2026.", gridRow: 2 },
        {
          area: "Youth",
          measure: "Cadets",
          departments: "GFS, CSD",
          text: "Train 100 cadets within 2026.",
          gridRow: 3,
        },
      ],
    });
  });

  it("finds the header below a title row (taken as the title), in any column order, without Department", () => {
    const result = kpiListRows(
      grid([
        ["KPIs for 2025", "KPIs for 2025"],
        [],
        ["KPI", "Measure", "Area"],
        ["Train 100 cadets within 2026.", "Cadets", "Youth"],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      title: "KPIs for 2025",
      headerRow: 2,
      rows: [{ area: "Youth", measure: "Cadets", text: "Train 100 cadets within 2026.", gridRow: 3 }],
    });
    const untitled = kpiListRows(
      grid([
        ["KPI", "Measure", "Area"],
        ["Hold 2 camps in 2026.", "M", "A"],
      ]),
    );
    expect(untitled.ok && "title" in untitled).toBe(false);
  });

  it("refuses a grid with no header, and a KPI before any area", () => {
    expect(kpiListRows(grid([["a", "b"]]))).toEqual({
      ok: false,
      error: 'no header row naming the "Measure" and "KPI" columns',
    });
    expect(
      kpiListRows(
        grid([
          ["Area", "Measure", "KPI"],
          ["", "", "Do it by end-2026."],
        ]),
      ),
    ).toEqual({
      ok: false,
      error: "row 2: a KPI before any area and measure",
    });
  });
});

describe("kpiListRows: the paper's annex layout pasted from Word", () => {
  const pasted = [
    [[{ text: "Measures" }], [{ text: "KPIs" }]],
    // Excel repeats a merged area row's text in each cell it reads.
    [
      [{ text: "(I) Safeguarding Our Country and Home" }],
      [{ text: "(I) Safeguarding Our Country and Home" }],
    ],
    [
      [{ text: "(A) Cyber-" }],
      [
        { text: "➤ Conduct " },
        { text: "20", bold: true },
        { text: " drills " },
        { text: "within 2026", bold: true },
        { text: ".\n➤ Hold a summit " },
      ],
    ],
    // A page break: the rest of the title and of the last KPI, then one more bullet.
    [
      [{ text: "security" }],
      [{ text: "in " }, { text: "Q3 2026", bold: true }, { text: ".\n➤ Continue to share intelligence." }],
    ],
    [
      [{ text: "(B) Anti-drug work" }],
      [{ text: "The Government will, including:\n➤ Open 2 clinics by end-2026." }],
    ],
    [[], [{ text: "➤ Train 300 social workers in 2025/26." }]],
  ];

  it("reads one KPI per bullet, joining page breaks and keeping preambles and bold runs", () => {
    const result = kpiListRows(pasted);
    expect(result).toEqual({
      ok: true,
      headerRow: 0,
      rows: [
        {
          area: "(I) Safeguarding Our Country and Home",
          measure: "(A) Cyber-security",
          text: [
            { text: "Conduct " },
            { text: "20", bold: true },
            { text: " drills " },
            { text: "within 2026", bold: true },
            { text: "." },
          ],
          gridRow: 2,
        },
        {
          area: "(I) Safeguarding Our Country and Home",
          measure: "(A) Cyber-security",
          text: [{ text: "Hold a summit in " }, { text: "Q3 2026", bold: true }, { text: "." }],
          gridRow: 2,
        },
        {
          area: "(I) Safeguarding Our Country and Home",
          measure: "(A) Cyber-security",
          text: "Continue to share intelligence.",
          gridRow: 3,
        },
        {
          area: "(I) Safeguarding Our Country and Home",
          measure: "(B) Anti-drug work",
          text: "Open 2 clinics by end-2026.",
          preamble: [{ text: "The Government will, including:" }],
          gridRow: 4,
        },
        {
          area: "(I) Safeguarding Our Country and Home",
          measure: "(B) Anti-drug work",
          text: "Train 300 social workers in 2025/26.",
          preamble: [{ text: "The Government will, including:" }],
          gridRow: 5,
        },
      ],
    });
  });

  it("reads '(C) …' alone on a row as measure (C) when area (I) is current, and '(II) …' as the next area", () => {
    const result = kpiListRows([
      [[{ text: "Measures" }], [{ text: "KPIs" }]],
      [[{ text: "(I) Safeguarding Our Country and Home" }]],
      [[{ text: "(C) Regional co-operation" }], []],
      [[], [{ text: "➤ Hold 2 joint exercises within 2026." }]],
      [[{ text: "(II) Nurturing Youth" }]],
      [[{ text: "(D) Cadets" }], [{ text: "➤ Train 50 cadets within 2026." }]],
    ]);
    expect(result.ok && result.rows.map((row) => [row.area, row.measure])).toEqual([
      ["(I) Safeguarding Our Country and Home", "(C) Regional co-operation"],
      ["(II) Nurturing Youth", "(D) Cadets"],
    ]);
  });

  it("refuses bullets before any area row", () => {
    expect(kpiListRows([pasted[0], pasted[2]])).toEqual({
      ok: false,
      error: 'row 2: a KPI before any "(I) …" area row',
    });
  });
});
