import { CLI_CATALOGUES } from "../../../src/core/language/catalogue/cli";
import { EN as PANE_EN } from "../../../src/core/language/catalogue/en";
import { ZH_HK as PANE_ZH_HK } from "../../../src/core/language/catalogue/zh-hk";
import { placeholdersOf } from "../../../src/core/language/message-template";

/** A Chinese entry has at least one Han character; a copy of the English one does not. */
const HAN = /\p{Script=Han}/u;
/**
 * Or it is only joining punctuation (the history.mark.* keys), placeholders around it allowed: then the
 * marks must be the full-width ones (CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms), so an
 * English "; " or ": " left in Chinese still fails.
 */
const FULL_WIDTH_MARKS =
  /^(?=.*[\u3000-\u303F\uFF01-\uFF60])(?:[\u3000-\u303F\uFF01-\uFF60]|\{[A-Za-z][A-Za-z0-9]*\})+$/u;

function isChineseText(text: string): boolean {
  return HAN.test(text) || FULL_WIDTH_MARKS.test(text);
}

// The whole catalogue: the shared areas and the command line's own.
const EN: Readonly<Record<string, string>> = CLI_CATALOGUES.en;
const ZH_HK: Readonly<Record<string, string>> = CLI_CATALOGUES["zh-HK"];

describe("the catalogue in English and Traditional Chinese", () => {
  it("has the same keys in both languages, in the pane's part and in the whole", () => {
    expect(Object.keys(ZH_HK).sort()).toEqual(Object.keys(EN).sort());
    expect(Object.keys(PANE_ZH_HK).sort()).toEqual(Object.keys(PANE_EN).sort());
  });

  it("keeps the command line's own messages out of the pane's part", () => {
    const paneKeys = Object.keys(PANE_EN);
    expect(paneKeys.filter((key) => key.startsWith("cli."))).toEqual([]);
    expect(
      Object.keys(EN)
        .filter((key) => !paneKeys.includes(key))
        .every((key) => key.startsWith("cli.")),
    ).toBe(true);
    expect(Object.keys(EN).length).toBeGreaterThan(paneKeys.length);
  });

  it("takes Han text or full-width marks as Chinese, and nothing else", () => {
    expect(["已完成", "；", "：", "「{to}」", "{to}，"].map(isChineseText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["; ", ": ", " ", "", "{to}", "Done", "“"].map(isChineseText)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each(Object.keys(EN))("%s: both texts are written, with the same placeholders", (key) => {
    // A mark may be a space alone (English puts one between a figure's name and its values).
    expect(key.startsWith("history.mark.") ? EN[key] : EN[key].trim()).not.toBe("");
    expect(isChineseText(ZH_HK[key])).toBe(true);
    expect(placeholdersOf(ZH_HK[key])).toEqual(placeholdersOf(EN[key]));
  });

  it("gives the paper's status words their Chinese forms", () => {
    expect([ZH_HK["status.completed"], ZH_HK["status.overdue"], ZH_HK["phrase.completed"]]).toEqual([
      "已完成",
      "逾期",
      "已完成。",
    ]);
  });
});
