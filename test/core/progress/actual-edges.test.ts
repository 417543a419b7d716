/** Actual figures written in less common ways: a typographic minus, long decimals, words after a decimal. */
import { parseActual } from "../../../src/core/progress/actual";

function message(input: string): string {
  const result = parseActual(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${result.value}`);
  return result.message;
}

describe("parseActual, less common entries", () => {
  test("a typographic minus sign (U+2212) is a negative figure", () => {
    expect(message("\u22125")).toBe('"\u22125" is negative — a progress figure cannot be below zero');
  });

  test("a percentage keeps every digit typed, beyond 15 significant digits", () => {
    // 12.345678901234567 is the nearest double to what was typed; 15 digits would give 12.3456789012346.
    const result = parseActual("12.3456789012345678%");
    expect(result).toMatchObject({ ok: true, value: 12.345678901234567, percent: true });
  });

  test("words after a decimal figure: the suggestion keeps the decimals", () => {
    expect(message("12.5 kiosks")).toBe(
      '"12.5 kiosks" has words after the figure — enter the figure only, e.g. 12.5',
    );
  });

  test("a qualifier with no figure suggests the usual example, not 0", () => {
    expect(message("about")).toBe('"about" is not a number — write digits, e.g. 1 572');
  });

  test("number words with a multiplier after hundred", () => {
    expect(message("five hundred thousand")).toBe(
      '"five hundred thousand" is not a number — write digits, e.g. 500 000',
    );
  });
});
