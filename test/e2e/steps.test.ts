/**
 * Issue 15.1, 15.6: the pane's steps in real Chromium against the production bundle, with the Excel
 * double appended after office.js. Every step, in English and in Chinese, at 320 and 450 px: nothing
 * serious or critical for axe (WCAG 2 A/AA), no horizontal scrolling, a screenshot each
 * (test/artifacts/steps-<step>-<lang>-<width>.png). And load -> validate -> annex with the keyboard alone.
 */
import type { Page } from "playwright-core";
import { openTaskpane, seriousViolations, startHarness, stopHarness } from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";

jest.setTimeout(240_000);

let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each step's tab and a control only that step shows, in each language. */
const STEPS = [
  { step: "register", en: ["Register", "Load register"], zh: ["登記冊", "載入登記冊"] },
  { step: "progress", en: ["Progress", "Validate"], zh: ["進展", "核對"] },
  { step: "returns", en: ["Returns", "Download returns"], zh: ["匯報", null] },
  { step: "annex", en: ["Annex", "Write annex sheet"], zh: ["附件", null] },
  { step: "check", en: ["Check", "Check this Excel"], zh: ["檢查", null] },
] as const;

describe.each([
  ["en", 320],
  ["en", 450],
  ["zh-HK", 320],
  ["zh-HK", 450],
] as const)("every step in %s at %i px", (language, width) => {
  it("passes axe, fits without horizontal scrolling, and is photographed", async () => {
    const pane = await openTaskpane({ width, height: 1000, officeJsSuffix: doubleScript });
    try {
      const { page } = pane;
      await page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor();
      // An empty workbook: the pane opens on Register.
      await page.getByRole("tab", { name: "Register", selected: true }).waitFor();
      await page.getByRole("button", { name: "Load register" }).click();
      await page.getByText('Loaded "KPIs 2023"').waitFor();
      await page.getByRole("tab", { name: "Progress" }).click();
      await page.getByRole("button", { name: "Validate" }).click();
      await page.getByRole("region", { name: "Results" }).waitFor();
      if (language === "zh-HK") {
        await page
          .getByRole("group", { name: "Language / 語言" })
          .getByRole("button", { name: "中文" })
          .click();
        await page.getByRole("group", { name: "語言 / Language" }).waitFor();
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-HK");
      }
      const failures: string[] = [];
      for (const { step, en, zh } of STEPS) {
        const [tab, control] = language === "en" ? en : zh;
        await page.getByRole("tab", { name: tab }).click();
        await page.getByRole("tab", { name: tab, selected: true }).waitFor();
        const panel = page.getByRole("tabpanel", { name: tab });
        await panel.waitFor();
        if (control) await panel.getByRole("button", { name: control, exact: true }).waitFor();
        else await panel.getByRole("button").first().waitFor();
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) failures.push(`${step}: ${overflow}px of horizontal scrolling`);
        for (const violation of await seriousViolations(page)) failures.push(`${step}: ${violation}`);
        await pane.screenshot(`steps-${step}-${language}-${width}`);
      }
      expect(failures).toEqual([]);
      expect(pane.problems()).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

it("shows the as-at date as each paper writes it, whatever the browser's locale", async () => {
  const pane = await openTaskpane({ width: 320, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await page.getByRole("button", { name: "Load register" }).click();
    await page.getByText('Loaded "KPIs 2023"').waitFor();
    await page.getByRole("tab", { name: "Progress" }).click();
    const asAt = page.getByLabel(/As at/);
    await asAt.fill("30/9/2024");
    await asAt.press("Enter");
    await expect(asAt.inputValue()).resolves.toBe("30 September 2024");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByLabel(/截至/).inputValue()).resolves.toBe("2024年9月30日");
  } finally {
    await pane.close();
  }
});

interface Focused {
  id: string;
  role: string;
  text: string;
  label: string;
}

/** The focused element's id, role and text, read from the page: looking, not clicking. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      id: element?.id ?? "",
      role: element?.getAttribute("role") ?? element?.tagName.toLowerCase() ?? "",
      text: (element?.textContent ?? "").trim(),
      label: element?.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? "") : "",
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails if it never does. */
async function tabTo(
  page: Page,
  matches: (f: Focused) => boolean,
  key: "Tab" | "Shift+Tab" = "Tab",
): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`never reached by ${key}: last focus ${JSON.stringify(await focused(page))}`);
}

/** From anywhere in a step, back to the tab list, then along it with the arrow keys to the step, and open it. */
async function stepByKeyboard(page: Page, name: string): Promise<void> {
  const id = `step-tab-${name.toLowerCase()}`;
  await tabTo(page, (f) => f.role === "tab", "Shift+Tab");
  for (let i = 0; i < 5 && (await focused(page)).id !== id; i++) await page.keyboard.press("ArrowRight");
  expect((await focused(page)).id).toBe(id);
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name, selected: true }).waitFor();
}

it("walks load -> validate -> annex with the keyboard alone", async () => {
  const pane = await openTaskpane({ width: 320, height: 1000, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await page.getByRole("tab", { name: "Register", selected: true }).waitFor();
    await page.getByRole("button", { name: "Load register" }).waitFor();

    await tabTo(page, (f) => f.text === "Load register");
    await page.keyboard.press("Enter");
    await page.getByText('Loaded "KPIs 2023"').waitFor();

    await stepByKeyboard(page, "Progress");
    await tabTo(page, (f) => f.label.startsWith("As at"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("30 June 2024");
    await page.keyboard.press("Enter");
    await tabTo(page, (f) => f.text === "Validate");
    await page.keyboard.press("Enter");
    const results = page.getByRole("region", { name: "Results" });
    await results.getByText(/49 KPIs on “KPIs 2023” as at 30 June 2024/).waitFor();

    await stepByKeyboard(page, "Annex");
    await tabTo(page, (f) => f.text === "Write annex sheet");
    await page.keyboard.press("Enter");
    await page.getByText(/Annex written to sheet/).waitFor();
    await pane.screenshot("steps-keyboard-annex-320");
    expect(pane.problems()).toEqual([]);
  } finally {
    await pane.close();
  }
});
