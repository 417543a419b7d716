/** numberFromWords: the figure an officer meant by typing it in words. */
import { numberFromWords } from "../../../src/core/progress/number-words";

describe("numberFromWords", () => {
  test.each([
    ["seven hundred", 700],
    [" seven  hundred ", 700],
    ["twenty-five", 25],
    ["five hundred thousand", 500_000],
    ["two thousand three hundred and five", 2_305],
    ["one million two hundred thousand", 1_200_000],
  ])("%p -> %p", (text, expected) => {
    expect(numberFromWords(text)).toBe(expected);
  });

  test.each(["", "   ", "and", "lots", "seven apples"])("%p is not a number", (text) => {
    expect(numberFromWords(text)).toBeNull();
  });
});
