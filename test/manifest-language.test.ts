/**
 * @jest-environment jsdom
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { EN, type MessageKey } from "../src/core/language/catalogue/en";
import { ZH_HK } from "../src/core/language/catalogue/zh-hk";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const manifest = new DOMParser().parseFromString(
  fs.readFileSync(path.resolve(__dirname, "..", "manifest.xml"), "utf8"),
  "application/xml",
);

/** Every text Office shows from the manifest, with the catalogue entry it must equal. */
const SHOWN: Record<string, MessageKey> = {
  DisplayName: "ribbon.manifest.displayName",
  Description: "ribbon.manifest.description",
  "GetStarted.Title": "ribbon.manifest.getStartedTitle",
  "GetStarted.Description": "ribbon.manifest.getStartedDescription",
  "KpiTracker.Group.Label": "ribbon.manifest.groupLabel",
  "KpiTracker.TaskpaneButton.Label": "ribbon.manifest.paneButtonLabel",
  "KpiTracker.TaskpaneButton.Tip": "ribbon.manifest.paneButtonTip",
  "KpiTracker.ValidateButton.Label": "ribbon.manifest.validateButtonLabel",
  "KpiTracker.ValidateButton.Tip": "ribbon.manifest.validateButtonTip",
};

/** The manifest's texts: DisplayName, Description and every bt:String, by name or id. */
function shownTexts(): Array<{ name: string; english: string | null; chinese: (string | null)[] }> {
  const top = ["DisplayName", "Description"].map((name) =>
    manifest.documentElement.querySelector(`:scope > ${name}`)!,
  );
  const strings = [...manifest.getElementsByTagNameNS(BT, "String")];
  return [...top, ...strings].map((element) => ({
    name: element.getAttribute("id") ?? element.localName,
    english: element.getAttribute("DefaultValue"),
    chinese: [...element.children]
      .filter((child) => child.localName === "Override" && child.getAttribute("Locale") === "zh-HK")
      .map((child) => child.getAttribute("Value")),
  }));
}

describe("the manifest in English and Traditional Chinese", () => {
  it("names every text Office shows, and only those, in the catalogue", () => {
    expect(
      shownTexts()
        .map((text) => text.name)
        .sort(),
    ).toEqual(Object.keys(SHOWN).sort());
  });

  it.each(Object.keys(SHOWN))("%s: English and one zh-HK override, both the catalogue's", (name) => {
    const text = shownTexts().find((shown) => shown.name === name);
    expect(text).toEqual({ name, english: EN[SHOWN[name]], chinese: [ZH_HK[SHOWN[name]]] });
  });

  it("speaks plain Hong Kong Chinese on the ribbon", () => {
    const chineseOf = (name: string) => shownTexts().find((text) => text.name === name)?.chinese;
    expect(chineseOf("KpiTracker.ValidateButton.Label")).toEqual(["核對"]);
    expect(chineseOf("DisplayName")).toEqual(["績效指標追蹤"]);
  });
});
