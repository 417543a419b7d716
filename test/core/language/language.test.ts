import { isLanguage, languageForDisplay } from "../../../src/core/language/language";
import { fillTemplate, placeholdersOf } from "../../../src/core/language/message-template";
import { formatDateAsPaper } from "../../../src/core/language/paper-date";

describe("the language for Office's display language", () => {
  it.each([
    ["zh-HK", "zh-HK"],
    ["zh-TW", "zh-HK"],
    ["zh-CN", "zh-HK"],
    ["ZH_mo", "zh-HK"],
    ["zh", "zh-HK"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["zhx", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%s -> %s", (tag, language) => {
    expect(languageForDisplay(tag)).toBe(language);
  });

  it("knows its two languages and nothing else", () => {
    expect(["en", "zh-HK", "zh-hk", "zh", "EN", 1, null].map(isLanguage)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("dates as the paper writes them", () => {
  it.each([
    ["2023-09-30", "30 September 2023", "2023年9月30日"],
    ["2024-01-01", "1 January 2024", "2024年1月1日"],
    ["2024-12-31", "31 December 2024", "2024年12月31日"],
    ["2024-02-29", "29 February 2024", "2024年2月29日"],
  ])("%s reads %s and %s", (iso, english, chinese) => {
    expect(formatDateAsPaper(iso, "en")).toBe(english);
    expect(formatDateAsPaper(iso, "zh-HK")).toBe(chinese);
  });
});

describe("message templates", () => {
  it("fills every placeholder, repeated ones too", () => {
    expect(fillTemplate("{count} of {total} rows; {count} flagged", { count: 3, total: 10 })).toBe(
      "3 of 10 rows; 3 flagged",
    );
  });

  it("refuses to show a placeholder without its value", () => {
    expect(() => fillTemplate("{count} rows", {})).toThrow(/needs a value for \{count\}/);
  });

  it("leaves text without placeholders alone, braces that are not placeholders included", () => {
    expect(fillTemplate("Use {1} or { x }")).toBe("Use {1} or { x }");
  });

  it("lists the placeholders once each, sorted", () => {
    expect(placeholdersOf("{b} {a} {b} {1}")).toEqual(["a", "b"]);
  });
});
