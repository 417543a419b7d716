import { EN } from "../../../src/core/language/catalogue/en";
import { ZH_HK } from "../../../src/core/language/catalogue/zh-hk";
import { placeholdersOf } from "../../../src/core/language/message-template";

/** A Chinese entry has at least one Han character; a copy of the English one does not. */
const HAN = /\p{Script=Han}/u;

describe("the catalogue in English and Traditional Chinese", () => {
  it("has the same keys in both languages", () => {
    expect(Object.keys(ZH_HK).sort()).toEqual(Object.keys(EN).sort());
  });

  it.each(Object.keys(EN) as (keyof typeof EN)[])(
    "%s: both texts are written, with the same placeholders",
    (key) => {
      expect(EN[key].trim()).not.toBe("");
      expect(ZH_HK[key]).toMatch(HAN);
      expect(placeholdersOf(ZH_HK[key])).toEqual(placeholdersOf(EN[key]));
    },
  );

  it("gives the paper's status words their Chinese forms", () => {
    expect([ZH_HK["status.completed"], ZH_HK["status.overdue"], ZH_HK["phrase.completed"]]).toEqual([
      "已完成",
      "逾期",
      "已完成。",
    ]);
  });
});
