import type { CellValue } from "../../../src/core/tracking/cell-value";
import {
  HANDSET_REASON,
  LIST_SHEET_HEADERS,
  cellName,
  planListSheet,
  type ListSheet,
} from "../../../src/core/register/list-sheet";
import type { KpiEntry, Register } from "../../../src/core/register/schema";

const FACTS = { year: 2024, announced: "2024-01-01" };
const HEADER = ["Area", "Measure", "Department", "KPI"];

function sheet(rows: CellValue[][], at = { top: 0, left: 0 }): ListSheet {
  const width = Math.max(...rows.map((row) => row.length));
  return {
    sheetName: "List",
    ...at,
    values: rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
  };
}

const kpis = (register: Register): KpiEntry[] =>
  register.areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));

const PLAIN: CellValue[][] = [
  HEADER,
  ["Safer Streets", "Fire safety", "FSD", "The FSD will conduct 750 proactive inspections by end-2024."],
  ["", "", "", "Hold 40 drills with the Police."],
  ["", "", "", "Open a new depot by end-2025."],
];

describe("planListSheet: readings beside the list", () => {
  it("writes the headers right of the list and one reading per KPI row, in the sheet's coordinates", () => {
    const plan = planListSheet(sheet(PLAIN, { top: 2, left: 1 }), FACTS);
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    expect(plan.headers).toEqual({ row: 2, col: 5, values: [LIST_SHEET_HEADERS] });
    expect(plan.readingCells).toEqual({
      row: 3,
      col: 5,
      values: [
        ["2024-A-1: count: 750 proactive inspections by 31 Dec 2024", "by 31 Dec 2024", ""],
        [
          "2024-A-2: not read (no target)",
          "none",
          '2024-A-2 needs reading: "40 drills" has no deadline in the text',
        ],
        ["2024-A-3: milestone by 31 Dec 2025", "by 31 Dec 2025", ""],
      ],
    });
    expect(plan.needsReading).toBe(1);
    expect(kpis(plan.register).map((kpi) => kpi.id)).toEqual(["2024-A-1", "2024-A-2", "2024-A-3"]);
  });

  it("reads the paper's annex pasted from Word: several bullets in one cell share a row's reading", () => {
    const plan = planListSheet(
      sheet([
        ["Measures", "KPIs"],
        ["(I) Safeguarding Our Country and Home", "(I) Safeguarding Our Country and Home"],
        ["(A) Fire safety", "➤ Open a new depot by end-2025.\n➤ Open a second depot by end-2026."],
        ["", "➤ Continue to share intelligence with partners."],
      ]),
      FACTS,
    );
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    expect(plan.headers.col).toBe(2);
    expect(plan.readingCells.values).toEqual([
      ["", "", ""],
      [
        "2024-A-1: milestone by 31 Dec 2025\n2024-A-2: milestone by 31 Dec 2026",
        "by 31 Dec 2025\nby 31 Dec 2026",
        "",
      ],
      ["2024-A-3: ongoing: no figure or date to track", "none", ""],
    ]);
    expect(plan.register.areas[0].title).toBe("Safeguarding Our Country and Home");
  });

  it("refuses a sheet with no list, and a list with no KPI rows", () => {
    const none = planListSheet(sheet([["Notes"], ["nothing here"]]), FACTS);
    expect(none.ok).toBe(false);
    expect(!none.ok && none.errors[0]).toMatch(/^No KPI list on this sheet/);
    const empty = planListSheet(sheet([HEADER, ["Safer Streets", "Fire safety", "", ""]]), FACTS);
    expect(empty).toEqual({ ok: false, errors: ["The list has no KPI rows to read."] });
  });
});

describe("planListSheet: nothing the officer typed is overwritten", () => {
  it("puts the readings right of the officer's own columns", () => {
    const rows = PLAIN.map((row, r) => [...row, r === 0 ? "Owner" : "Ms Chan"]);
    const plan = planListSheet(sheet(rows), FACTS);
    expect(plan.ok && [plan.headers.col, plan.readingCells.col]).toEqual([5, 5]);
  });

  it("refuses when a reading or header cell holds the officer's text, naming the cells", () => {
    const rows = PLAIN.map((row) => [...row]);
    rows[0].push("Target read as", "Deadline read as", "Owner");
    rows[1][4] = "my note";
    const plan = planListSheet(sheet(rows), FACTS);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors[0]).toMatch(/^The cells G1, E2 hold something that is not a reading/);
  });

  it("replaces its own previous reading, but not a cell edited since", () => {
    const first = planListSheet(sheet(PLAIN), FACTS);
    if (!first.ok) throw new Error(first.errors.join("; "));
    const previous = { sheetName: "List", ...first.readingCells };
    const rows = PLAIN.map((row, r) => [
      ...row,
      ...(r === 0 ? LIST_SHEET_HEADERS : first.readingCells.values[r - 1]),
    ]);
    expect(planListSheet(sheet(rows), FACTS, previous).ok).toBe(true);
    // The same cells on another sheet were not written by the pane.
    expect(planListSheet(sheet(rows), FACTS, { ...previous, sheetName: "Other" }).ok).toBe(false);
    rows[3][5] = "by 31 Dec 2026";
    const edited = planListSheet(sheet(rows), FACTS, previous);
    expect(!edited.ok && edited.errors[0]).toMatch(/^The cells F4 hold/);
  });
});

describe("planListSheet: the officer's corrections", () => {
  const withCorrection = (row: number, cells: CellValue[]) =>
    PLAIN.map((line, r) => [
      ...line,
      ...(r === 0 ? LIST_SHEET_HEADERS : ["", "", "", ...(r === row ? cells : [])]),
    ]);

  it("uses a valid correction as the KPI's target, marked as set by hand", () => {
    // The deadline typed as a date arrives as Excel's serial number: 45657 is 2024-12-31.
    const plan = planListSheet(sheet(withCorrection(2, ["count", 40, "drills", "", 45657])), FACTS);
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    const drills = kpis(plan.register)[1];
    expect(drills.targets).toEqual([
      {
        kind: "count",
        unit: "drills",
        quantity: 40,
        deadline: { text: "by 31 Dec 2024", start: "2024-01-01", end: "2024-12-31" },
      },
    ]);
    expect(drills.handSet).toEqual({ reason: HANDSET_REASON });
    expect(drills.needsReading).toBeUndefined();
    expect(plan.needsReading).toBe(0);
    expect(plan.readingCells.values[1]).toEqual([
      "2024-A-2: count: 40 drills by 31 Dec 2024",
      "by 31 Dec 2024",
      "",
    ]);
  });

  it("changes only the corrected fields of a read target", () => {
    const plan = planListSheet(sheet(withCorrection(1, ["", "800", "", "", "2025-03-31"])), FACTS);
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    expect(kpis(plan.register)[0].targets).toEqual([
      {
        kind: "count",
        unit: "proactive inspections",
        quantity: 800,
        deadline: { text: "by 31 Mar 2025", start: "2024-01-01", end: "2025-03-31" },
      },
    ]);
  });

  it.each([
    [["count", "many", "drills", "", "2024-12-31"], 'quantity "many" is not a number'],
    [["count", 40, "", "", "2024-12-31"], "a count target needs a unit"],
    [["count", 40, "drills", "", "31/12/2024"], 'deadline "31/12/2024" is not a date as YYYY-MM-DD'],
    [["staged", 40, "drills", "", "2024-12-31"], 'kind "staged" is not one of count, milestone, ongoing'],
    [["milestone", "", "", "", "2023-06-30"], "the corrected target is not valid (deadline.end:"],
  ])("reports an invalid correction %j in Needs attention and keeps the reading", (cells, message) => {
    const plan = planListSheet(sheet(withCorrection(2, cells)), FACTS);
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    expect(plan.overrideProblems).toBe(1);
    expect(plan.readingCells.values[1][2]).toContain(`Correction not used: ${message}`);
    expect(kpis(plan.register)[1].targets).toEqual([{ kind: "ongoing" }]);
    expect(kpis(plan.register)[1].handSet).toBeUndefined();
  });
});

describe("planListSheet: a correction on a row with no KPI", () => {
  it("is reported on that row, not dropped", () => {
    const rows: CellValue[][] = [
      ["Measures", "KPIs", ...LIST_SHEET_HEADERS],
      ["(I) Safeguarding Our Country and Home", "(I) Safeguarding Our Country and Home"],
      ["(A) Fire safety", "➤ Hold 40 drills with the Police."],
      ["", "in the New Territories.", "", "", "", "count", 40, "drills", "", "2024-12-31"],
    ];
    const plan = planListSheet(sheet(rows), FACTS);
    if (!plan.ok) throw new Error(plan.errors.join("; "));
    expect(plan.overrideProblems).toBe(1);
    expect(plan.readingCells.values[2]).toEqual([
      "",
      "",
      "Correction not used: no KPI starts on this row; put it on the KPI's first row.",
    ]);
  });
});

describe("cellName", () => {
  it("names cells as Excel does", () => {
    expect([cellName(0, 0), cellName(4, 25), cellName(9, 26), cellName(0, 701)]).toEqual([
      "A1",
      "Z5",
      "AA10",
      "ZZ1",
    ]);
  });
});
