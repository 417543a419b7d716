import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadline/parse-deadline";

const LIST_START = "2023-10-25";

function window(text: string, listStart = LIST_START): [string, string] {
  const parsed = parseDeadline(text, listStart);
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.deadline.text).toBe(text);
  return [parsed.deadline.start, parsed.deadline.end];
}

describe("parseDeadline", () => {
  it.each([
    ["by end-2023", "2023-10-25", "2023-12-31"],
    ["by end- 2023", "2023-10-25", "2023-12-31"],
    ["by the end of 2024", "2023-10-25", "2024-12-31"],
    ["within 2024", "2024-01-01", "2024-12-31"],
    ["in 2024", "2024-01-01", "2024-12-31"],
    ["in Q1 2024", "2024-01-01", "2024-03-31"],
    ["by Q3 2024", "2023-10-25", "2024-09-30"],
    ["in the fourth quarter of 2024", "2024-10-01", "2024-12-31"],
    ["first half of 2024", "2024-01-01", "2024-06-30"],
    ["in the first half of 2024", "2024-01-01", "2024-06-30"],
    ["by mid-2026", "2023-10-25", "2026-06-30"],
    ["in the three years by mid-2026", "2023-07-01", "2026-06-30"],
    ["in the 2023/24 school year", "2023-09-01", "2024-08-31"],
    ["by the end of the 2023/24 school year", "2023-10-25", "2024-08-31"],
    ["starting from the 2024/25 financial year", "2024-04-01", "2025-03-31"],
    ["Starting from the 2024/25 financial year", "2024-04-01", "2025-03-31"],
    ["from January 2024", "2024-01-01", "2024-01-31"],
    ["from November 2023", "2023-11-01", "2023-11-30"],
    ["by April 2024", "2023-10-25", "2024-04-30"],
    ["upon its commissioning in 2026", "2026-01-01", "2026-12-31"],
    ["by end-2023 and Q1 2024", "2023-10-25", "2024-03-31"],
    ["between end-2023 and Q1 2024", "2023-12-01", "2024-03-31"],
    ["each year starting from Q3 2024", "2024-07-01", "2025-06-30"],
    ["starting from 2024", "2024-01-01", "2024-12-31"],
    ["starting from early 2024", "2024-01-01", "2024-04-30"],
    ["early 2024", "2024-01-01", "2024-04-30"],
    ["in early 2024", "2024-01-01", "2024-04-30"],
    ["October 2023", "2023-10-01", "2023-10-31"],
    ["in October 2023", "2023-10-01", "2023-10-31"],
    ["late-October 2023", "2023-10-21", "2023-10-31"],
    ["in three years", "2023-10-25", "2026-10-24"],
    ["in the coming year", "2023-10-25", "2024-10-24"],
    ["From Q1 2024 onwards", "2024-01-01", "2024-03-31"],
    ["From January to September 2024", "2024-01-01", "2024-09-30"],
    ["from October 2023 to 30 September 2024", "2023-10-01", "2024-09-30"],
    ["from 2024 to 2026", "2024-01-01", "2026-12-31"],
    ["as at 30 September 2024", "2023-10-25", "2024-09-30"],
  ])("%s -> %s .. %s", (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });

  it("reads the 2022 list's phrases against its own start", () => {
    expect(window("by end-2022", "2022-10-19")).toEqual(["2022-10-19", "2022-12-31"]);
    expect(window("each year starting from Q3 2022", "2022-10-19")).toEqual(["2022-07-01", "2023-06-30"]);
    expect(window("in the 2022/23 school year", "2022-10-19")).toEqual(["2022-09-01", "2023-08-31"]);
  });

  it("refuses text it cannot read, naming the text", () => {
    const parsed = parseDeadline("at a suitable juncture", LIST_START);
    expect(parsed).toEqual({ ok: false, error: 'cannot read deadline "at a suitable juncture"' });
  });

  it("refuses a deadline that ends before the list starts", () => {
    const parsed = parseDeadline("by end-2022", LIST_START);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(/"by end-2022" ends \(2022-12-31\) before it starts \(2023-10-25\)/);
  });

  it("refuses impossible dates and mismatched academic years", () => {
    expect(parseDeadline("by 31 February 2024", LIST_START).ok).toBe(false);
    expect(parseDeadline("in the 2023/25 school year", LIST_START).ok).toBe(false);
    expect(parseDeadline("by end-2024", "2023-02-30").ok).toBe(false);
  });

  describe("properties", () => {
    const year = fc.integer({ min: 2000, max: 2099 });
    const listStart = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));

    it("in QN Y starts no later than it ends, both inside year Y", () => {
      fc.assert(
        fc.property(year, fc.integer({ min: 1, max: 4 }), listStart, (y, q, start) => {
          const parsed = parseDeadline(`in Q${q} ${y}`, start);
          if (!parsed.ok) return false;
          const { start: from, end } = parsed.deadline;
          return from <= end && from.startsWith(`${y}-`) && end.startsWith(`${y}-`);
        }),
      );
    });

    it("by end-Y ends on 31 December of Y and opens on the list start", () => {
      fc.assert(
        fc.property(year, listStart, (y, start) => {
          const parsed = parseDeadline(`by end-${y}`, start);
          if (start > `${y}-12-31`) return !parsed.ok;
          return parsed.ok && parsed.deadline.end === `${y}-12-31` && parsed.deadline.start === start;
        }),
      );
    });

    it("a school year always runs 1 September to 31 August", () => {
      fc.assert(
        fc.property(year, (y) => {
          const yy = String((y + 1) % 100).padStart(2, "0");
          const parsed = parseDeadline(`in the ${y}/${yy} school year`, "2000-01-01");
          return (
            parsed.ok && parsed.deadline.start === `${y}-09-01` && parsed.deadline.end === `${y + 1}-08-31`
          );
        }),
      );
    });
  });
});
