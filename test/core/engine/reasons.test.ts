import { dayNumber } from "../../../src/core/calendar";
import {
  aboutExpected,
  completedLate,
  deadlinePassed,
  expectedFigure,
  figure,
  keptShortDate,
  remember,
  roundFigure,
  shortDate,
} from "../../../src/core/engine/reasons";
import { createRunCache } from "../../../src/core/engine/run-cache";

describe("the figures and dates reasons are written with", () => {
  it("writes an expected figure whole from 10 up, and to one decimal below, for gains and falls alike", () => {
    expect([10, 9.96, 9.94, 625.4, 1572.5, -12.4, -9.5, 0.25].map(expectedFigure)).toEqual([
      "10",
      "10",
      "9.9",
      "625",
      "1 573",
      "-12",
      "-9.5",
      "0.3",
    ]);
  });

  it("says 'about' only while the expected figure is not yet the whole target", () => {
    expect(aboutExpected(625.3, 1000)).toBe("about 625");
    expect(aboutExpected(1000, 1000)).toBe("1 000");
    expect(aboutExpected(0.1 + 0.2, 0.3)).toBe("0.3");
    expect(aboutExpected(999.99, 1000)).toBe("about 1 000");
    expect(aboutExpected(1000.01, 1000)).toBe("about 1 000");
    // 1e-9 is where floating-point noise ends and a real difference begins
    expect(aboutExpected(1e-9, 0)).toBe("about 0");
  });

  it("writes figures as the paper prints them, to two decimals at most", () => {
    expect([1572, 25.4, 3.14159, -2500].map(figure)).toEqual(["1 572", "25.4", "3.14", "-2 500"]);
  });

  it("rounds machine-readable figures to two decimals", () => {
    expect([2.345, 2.344, -1.005, 10].map(roundFigure)).toEqual([2.35, 2.34, -1, 10]);
  });

  it("writes short dates as '31 Oct 2024', with no leading zero on the day", () => {
    expect(shortDate(dayNumber("2024-10-31"))).toBe("31 Oct 2024");
    expect(shortDate(dayNumber("2023-01-05"))).toBe("5 Jan 2023");
    expect(deadlinePassed(dayNumber("2023-12-31"))).toBe("the deadline 31 Dec 2023 has passed");
  });

  it("keeps the dates of a run: a second request gives the same text from the run's cache", () => {
    const cache = createRunCache();
    const day = dayNumber("2024-03-01");
    expect(keptShortDate(day, cache)).toBe("1 Mar 2024");
    expect([...cache.shortDates]).toEqual([[day, "1 Mar 2024"]]);
    cache.shortDates.set(day, "kept text");
    expect(keptShortDate(day, cache)).toBe("kept text");
    expect(completedLate(day, day, cache)).toBe("completed late: on kept text, after the deadline kept text");
  });

  it("keeps at most 1 000 texts: the thousand-and-first starts the store afresh", () => {
    const texts = new Map<number, string>();
    for (let key = 0; key < 1000; key += 1) remember(texts, key, `text ${key}`);
    expect(texts.size).toBe(1000);
    expect(remember(texts, 1000, "text 1000")).toBe("text 1000");
    expect([...texts]).toEqual([[1000, "text 1000"]]);
  });
});
