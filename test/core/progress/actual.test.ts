import { parseActual } from "../../../src/core/progress/actual";

function value(input: Parameters<typeof parseActual>[0]): number {
  const result = parseActual(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${result.message}`);
  return result.value;
}

function message(input: Parameters<typeof parseActual>[0]): string {
  const result = parseActual(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${result.value}`);
  return result.message;
}

describe("parseActual accepts what officers and the paper write", () => {
  test.each([
    ["1 572", 1572],
    ["1,572", 1572],
    ["12 000", 12000],
    ["1,234,567", 1234567],
    ["HK$540 million", 540_000_000],
    ["HK$ 2.3 million", 2_300_000],
    ["25.4%", 25.4],
    ["25.4 per cent", 25.4],
    ["about 580", 580],
    ["over 3 100", 3100],
    ["more than 150", 150],
    ["around 4", 4],
    ["some 1 500", 1500],
    ["at least 10", 10],
    ["２５０００", 25000],
    ["２５．４％", 25.4],
    ["  98  ", 98],
    ["1\u00a0572", 1572],
    ["0", 0],
  ])("%p -> %p", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  test("numbers typed into Excel cells are taken as they are", () => {
    expect(value(1572)).toBe(1572);
    expect(value(25.4)).toBe(25.4);
    expect(value(0)).toBe(0);
  });

  test("says what it understood, including qualifiers and percentages", () => {
    const about = parseActual("about 580");
    expect(about).toMatchObject({ ok: true, qualifier: "approximate", percent: false });
    expect(about.ok && about.understood).toBe('"about 580" read as 580 (approximate)');
    const over = parseActual("over 3 100");
    expect(over).toMatchObject({ ok: true, qualifier: "at-least" });
    expect(over.ok && over.understood).toContain("3 100 (at least)");
    const money = parseActual("HK$540 million");
    expect(money.ok && money.understood).toBe('"HK$540 million" read as 540 000 000');
    expect(parseActual("25.4%")).toMatchObject({ ok: true, percent: true });
  });
});

describe("parseActual rejects anything else with a clear message", () => {
  test("number words suggest the digits", () => {
    expect(message("seven hundred")).toBe('"seven hundred" is not a number — write digits, e.g. 700');
    expect(message("two thousand and fifty")).toContain("e.g. 2 050");
  });

  test("a letter O among digits is pointed out", () => {
    expect(message("1O0")).toContain("did you mean 100?");
    expect(message("2l5")).toContain("did you mean 215?");
  });

  test("negative figures", () => {
    expect(message("-5")).toContain("negative");
    expect(message(-5)).toContain("negative");
  });

  test("fractions and dates", () => {
    expect(message("12/3")).toContain("fraction or a date");
  });

  test("formulas", () => {
    expect(message("=A1+1")).toContain("is a formula");
    expect(message("=SUM(B2:B9)")).toContain("is a formula");
  });

  test("empty where a number was required", () => {
    expect(message("")).toContain("nothing entered");
    expect(message("   ")).toContain("nothing entered");
    expect(message(null)).toContain("nothing entered");
  });

  test("words after the figure, booleans, other text and non-finite numbers", () => {
    expect(message("12 kiosks")).toContain("enter the figure only, e.g. 12");
    expect(message(true)).toContain("TRUE is not a number");
    expect(message("n/a")).toContain("not a number");
    expect(message("lots")).toBe('"lots" is not a number — write digits, e.g. 1 572');
    expect(message(Number.NaN)).toContain("not a usable number");
    expect(message("1,5")).toContain("not a number");
    expect(message("1.2.3")).toContain("not a number");
  });
});
