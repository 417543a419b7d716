import { annexGrid, buildAnnex, bulletCell, estimateRowHeight } from "../../../src/core/annex";
import { runsText } from "../../../src/core/register/kpi-text";
import { smallRegister } from "./fixture";

describe("annexGrid", () => {
  const annex = buildAnnex({ register: smallRegister, asAt: "2024-09-30", layout: "progress-report" });
  const grid = annexGrid(annex);

  it("puts title, gap and header first, then an area row before its measures", () => {
    expect(grid.rows.map((row) => row.kind)).toEqual([
      "title",
      "gap",
      "header",
      "area",
      "kpi",
      "kpi",
      "area",
      "kpi",
    ]);
    expect(grid.headerRow).toBe(2);
    expect(grid.rows.every((row) => row.cells.length === 3)).toBe(true);
  });

  it("prints the measure heading once, in the first of its rows", () => {
    expect(runsText(grid.rows[4].cells[0])).toBe("(A) Enhancing Community Emergency Preparedness");
    expect(grid.rows[5].cells[0]).toEqual([]);
  });

  it("merges only measures with more than one KPI", () => {
    const vertical = grid.merges.filter((merge) => merge.rowEnd > merge.row);
    expect(vertical).toEqual([{ row: 4, column: 0, rowEnd: 5, columnEnd: 0 }]);
  });
});

describe("bulletCell", () => {
  it("puts each line on its own line behind a ➤, after an optional lead", () => {
    expect(
      runsText(bulletCell([[{ text: "one" }], [{ text: "two", bold: true }]], [{ text: "Lead:" }])),
    ).toBe("Lead:\n\u27A4 one\n\u27A4 two");
    expect(bulletCell([])).toEqual([]);
  });
});

describe("estimateRowHeight", () => {
  it("grows with the text and with line breaks", () => {
    const short = estimateRowHeight({ kind: "kpi", cells: [[], [{ text: "short" }]] }, [20, 42]);
    const long = estimateRowHeight({ kind: "kpi", cells: [[], [{ text: "word ".repeat(200) }]] }, [20, 42]);
    const broken = estimateRowHeight({ kind: "kpi", cells: [[], [{ text: "a\nb\nc" }]] }, [20, 42]);
    expect(long).toBeGreaterThan(short * 5);
    expect(broken).toBeGreaterThan(short * 2);
  });
});
