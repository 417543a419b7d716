/** Reading the Reported status column: the allowed phrases, loosely typed, and one sentence per part. */
import { matchReportedPhrase, matchReportedPhrases } from "../../../src/core/engine/phrases";

describe("one reported phrase", () => {
  test.each([
    ["  Task completed.  ", "Task completed."],
    ["task  on \t track", "Task on track."],
    ["WORKING TOWARDS THE TARGET。", "Working towards the target."],
  ])("case, spacing and the final full stop do not matter: %j", (text, phrase) => {
    expect(matchReportedPhrase(text)).toBe(phrase);
  });

  test("a full stop inside the phrase is not ignored", () => {
    expect(matchReportedPhrase("Task on. track")).toBeNull();
    expect(matchReportedPhrase("Task delayed..")).toBeNull();
  });
});

describe("one sentence per part", () => {
  test("spaces after the last sentence are ignored", () => {
    expect(matchReportedPhrases("KPI of 2022 completed. KPI of 2023 on track.   ")).toEqual([
      "Task completed.",
      "Task on track.",
    ]);
  });

  test.each(["", "   "])("blank text is no phrase: %j", (text) => {
    expect(matchReportedPhrases(text)).toBeNull();
  });
});
