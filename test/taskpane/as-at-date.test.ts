import { readAsAtDate } from "../../src/taskpane/as-at-date";

describe("readAsAtDate: the as-at date as officers type it", () => {
  it.each([
    ["2024-09-30", "2024-09-30"],
    ["30/9/2024", "2024-09-30"],
    ["30 September 2024", "2024-09-30"],
    ["30 Sept 2024", "2024-09-30"],
    ["2024年9月30日", "2024-09-30"],
    [" 2024 年 9 月 30 日 ", "2024-09-30"],
    ["29/2/2024", "2024-02-29"],
  ])("reads %p as %s", (typed, iso) => {
    expect(readAsAtDate(typed)).toBe(iso);
  });

  it.each(["31/9/2024", "2024年2月30日", "29/2/2023", "2024-13-01", "45565", "", "next Friday", "9/30/2024"])(
    "refuses %p, which is not a real date",
    (typed) => {
      expect(readAsAtDate(typed)).toBeNull();
    },
  );
});
