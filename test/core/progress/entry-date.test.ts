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

describe("parseEntryDate", () => {
  test.each([
    ["2024-03-20", "2024-03-20"],
    ["20 March 2024", "2024-03-20"],
    ["20 Mar 2024", "2024-03-20"],
    ["1 Sept 2023", "2023-09-01"],
    ["20/3/2024", "2024-03-20"],
    ["05/11/2022", "2022-11-05"],
    ["２０２４-０３-２０", "2024-03-20"],
    ["29 February 2024", "2024-02-29"],
    ["45371", "2024-03-20"],
  ])("%p -> %p", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  test("Excel serial numbers in the 1900 date system", () => {
    expect(iso(45371)).toBe("2024-03-20");
    expect(iso(45371.75)).toBe("2024-03-20");
    expect(iso(1)).toBe("1900-01-01");
    expect(iso(59)).toBe("1900-02-28");
    expect(iso(61)).toBe("1900-03-01");
    expect(iso(44927)).toBe("2023-01-01");
    expect(message(60)).toContain("did not exist");
    expect(message(0)).toContain("not a date");
  });

  test("says what it understood", () => {
    const parsed = parseEntryDate("20/3/2024");
    expect(parsed.ok && parsed.understood).toBe('"20/3/2024" read as 20 March 2024');
    const serial = parseEntryDate(45371);
    expect(serial.ok && serial.understood).toBe("Excel date 45371 read as 20 March 2024");
  });

  test("impossible dates are rejected with the reason", () => {
    expect(message("2024-02-30")).toBe('"2024-02-30" is not a real date: February 2024 has 29 days');
    expect(message("31/4/2024")).toBe('"31/4/2024" is not a real date: April 2024 has 30 days');
    expect(message("2023-02-29")).toContain("February 2023 has 28 days");
    expect(message("3/20/2024")).toContain("there is no month 20");
    expect(message("20 Marchh 2024")).toContain("not a month name");
  });

  test("anything else is rejected", () => {
    expect(message("next week")).toContain("is not a date");
    expect(message("")).toContain("nothing entered");
    expect(message(null)).toContain("nothing entered");
    expect(message(true)).toContain("not a date");
    expect(message("2024")).toContain("is not a date");
  });
});

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
