/**
 * The ribbon's message dialog page in Chinese, in a real browser (the production build from dist/): the
 * page takes its language from the `lang` query parameter and its own words from the catalogue, and
 * still shows the title and text it is given as plain text. Screenshot: test/artifacts/ribbon-message-zh-hk.png.
 */
import { openTaskpane, startHarness, stopHarness } from "./harness";

jest.setTimeout(60_000);

beforeAll(startHarness);
afterAll(stopHarness);

it("shows a ribbon command's failure in Chinese, as plain text, when asked for zh-HK", async () => {
  const title = "未能核對";
  const text = "工作表「Sheet1」沒有績效指標表 <b>不是粗體</b>";
  const query = new URLSearchParams({ title, text, lang: "zh-HK" });
  const pane = await openTaskpane({ width: 400, height: 260, page: `message.html?${query}` });
  try {
    const { page } = pane;
    await page.getByRole("heading", { name: title }).waitFor({ state: "visible" });
    await expect(page.getByRole("alert").textContent()).resolves.toBe(text);
    await expect(page.locator("b").count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-HK");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("關閉");
    expect(pane.problems()).toEqual([]);
    await pane.screenshot("ribbon-message-zh-hk");
  } finally {
    await pane.close();
  }
});

it("keeps English, and its own default title, for a language it does not know", async () => {
  const query = new URLSearchParams({ text: "Validate failed", lang: "fr-FR" });
  const pane = await openTaskpane({ width: 400, height: 260, page: `message.html?${query}` });
  try {
    const { page } = pane;
    await page.getByRole("heading", { name: "KPI Tracker" }).waitFor({ state: "visible" });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await expect(page.getByRole("button").textContent()).resolves.toBe("Close");
  } finally {
    await pane.close();
  }
});
