/** Completed on dates at the edges of the calendar and of Excel's date range. */
import { parseEntryDate } from "../../../src/core/progress/entry-date";

function iso(input: Parameters<typeof parseEntryDate>[0]): string {
  const result = parseEntryDate(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse: ${result.message}`);
  return result.value;
}

function message(input: Parameters<typeof parseEntryDate>[0]): string {
  const result = parseEntryDate(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${result.value}`);
  return result.message;
}

describe("Completed on: month lengths", () => {
  test.each([
    ["31/6/2024", '"31/6/2024" is not a real date: June 2024 has 30 days'],
    ["2024-09-31", '"2024-09-31" is not a real date: September 2024 has 30 days'],
    ["31 November 2024", '"31 November 2024" is not a real date: November 2024 has 30 days'],
  ])("the 31st of a 30-day month: %p", (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  test("the 30th of those months is a real date", () => {
    expect(iso("30/6/2024")).toBe("2024-06-30");
    expect(iso("30/11/2024")).toBe("2024-11-30");
  });

  test("a century year is a leap year only when it divides by 400", () => {
    expect(iso("2000-02-29")).toBe("2000-02-29");
    expect(message("29/2/1900")).toBe('"29/2/1900" is not a real date: February 1900 has 28 days');
    expect(message("2100-02-29")).toContain("February 2100 has 28 days");
  });

  test("month 0 and day 0 do not exist", () => {
    expect(message("2024-00-10")).toContain("there is no month 0");
    expect(message("0/3/2024")).toBe('"0/3/2024" is not a real date: March 2024 has 31 days');
  });
});

describe("Completed on: Excel serial numbers", () => {
  test("the last date Excel has, serial 2958465, is 31 December 9999", () => {
    expect(iso(2958465)).toBe("9999-12-31");
  });

  test("a serial past it is not a date", () => {
    expect(message(2958466)).toContain("is not a date");
  });
});
