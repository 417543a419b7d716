/** formatFigure: figures written as the paper writes them, thousands grouped with spaces. */
import { formatFigure } from "../../../src/core/progress/paper-figures";

describe("formatFigure", () => {
  test.each([
    [0, "0"],
    [999, "999"],
    [1000, "1 000"],
    [1572, "1 572"],
    [540_000_000, "540 000 000"],
    [2.5, "2.5"],
    [1234.567, "1 234.57"],
    [-5, "-5"],
    [-5000, "-5 000"],
    [-0.004, "0"],
  ])("%p -> %p", (value, expected) => {
    expect(formatFigure(value)).toBe(expected);
  });

  test("decimals are rounded to the number asked for", () => {
    expect(formatFigure(2.345678, 1)).toBe("2.3");
    expect(formatFigure(1999.6, 0)).toBe("2 000");
  });
});
