import { isBlank, type CellValue } from "../../../src/core/tracking/cell-value";

const blanksAmong = (cells: readonly (CellValue | undefined)[]) => cells.filter(isBlank);

describe("a blank cell", () => {
  it("is empty, missing, or only spaces, tabs and line breaks", () => {
    const cells = [null, undefined, "", " ", "\t", " \n "];
    expect(blanksAmong(cells)).toEqual(cells);
  });

  it("includes the no-break and ideographic spaces that text pasted from Word or a Chinese document carries", () => {
    const cells = ["\u00a0", "\u00a0 ", "\u3000", "\u3000\u3000"];
    expect(blanksAmong(cells)).toEqual(cells);
  });

  it("is not a figure, a word, or text that only starts with a space", () => {
    expect(blanksAmong([0, false, "0", "x", " x", "\u00a0x", "\u3000進展", "\u007f", "\u0085"])).toEqual([]);
  });
});
