/** The clean-up every typed Actual and Completed on cell goes through before it is read. */
import { cutEntry, isPlainAscii, normaliseEntryText } from "../../../src/core/progress/entry-text";

describe("isPlainAscii: the cells that need no clean-up", () => {
  test.each(["", "1572", "1 572", "HK$540 million", "!", "~", "a~b"])("%p is plain", (text) => {
    expect(isPlainAscii(text)).toBe(true);
  });

  test.each([
    [" 1", "a leading space"],
    ["1 ", "a trailing space"],
    ["1  572", "two spaces in a row"],
    ["1\t572", "a tab"],
    ["\t", "only a tab"],
    ["1\u007f", "a control character above ~"],
    ["1\u00a0572", "a no-break space"],
    ["１", "a full-width digit"],
  ])("%p is not plain (%s)", (text) => {
    expect(isPlainAscii(text)).toBe(false);
  });
});

describe("normaliseEntryText", () => {
  test.each([
    ["1572", "1572"],
    ["1 572 ", "1 572"],
    [" 1 572", "1 572"],
    ["1  572", "1 572"],
    ["1\t572", "1 572"],
    ["\t", ""],
    ["１２３", "123"],
    ["！～", "!~"],
    ["\u3000２５．４％\u3000", "25.4%"],
  ])("%p -> %p", (text, expected) => {
    expect(normaliseEntryText(text)).toBe(expected);
  });
});

describe("cutEntry", () => {
  test("a cell of exactly ECHO_LIMIT (80) characters is repeated whole", () => {
    expect(cutEntry("x".repeat(80))).toBe("x".repeat(80));
  });

  test("one character more is cut to 79 and an ellipsis", () => {
    expect(cutEntry("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  });
});
