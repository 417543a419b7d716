/**
 * The task-pane shell in a real browser (Chromium, headless), outside Excel: the production build
 * from dist/ with office.js routed to the local @microsoft/office-js copy. Outside Office, Office.onReady
 * reports no host, so the pane must say to open it in Excel. Screenshots: test/artifacts/shell-*.png.
 */
import {
  findChromium,
  openStep,
  openTaskpane,
  seriousViolations,
  startHarness,
  stopHarness,
} from "./harness";

jest.setTimeout(60_000);

beforeAll(startHarness);
afterAll(stopHarness);

describe.each([320, 450])("task pane shell at %i px", (width) => {
  it("renders the heading and the open-in-Excel message, cleanly", async () => {
    const pane = await openTaskpane({ width });
    try {
      const { page } = pane;
      await page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor({ state: "visible" });
      await page.getByText("Open this in Excel").waitFor({ state: "visible" });
      await pane.waitForQuietNetwork();

      // office.js came from the local copy, nothing else left the machine, nothing failed
      expect(pane.servedCdnRequests).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(pane.problems()).toEqual([]);

      // Excel actions are unavailable outside Excel: Load on Register, where the pane opens, and Validate
      await expect(page.getByRole("tab", { name: "Register", selected: true }).count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: "Load register" }).isDisabled()).resolves.toBe(true);
      await openStep(page, "Progress");
      await expect(page.getByRole("button", { name: "Validate" }).isDisabled()).resolves.toBe(true);

      // fits the pane: no horizontal scrolling
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await pane.screenshot(`shell-${width}`);
    } finally {
      await pane.close();
    }
  });
});

it("has no serious or critical accessibility violations (axe, WCAG 2 A/AA)", async () => {
  const pane = await openTaskpane({ width: 320 });
  try {
    await pane.page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor();
    expect(await seriousViolations(pane.page)).toEqual([]);
  } finally {
    await pane.close();
  }
});

it("without a browser the harness fails with the install command (it never passes silently)", () => {
  const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
  try {
    delete process.env.CHROMIUM_PATH;
    process.env.PATH = "/nonexistent";
    expect(() => findChromium()).toThrow(/apt-get install -y chromium/);
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    expect(() => findChromium()).toThrow(/does not exist/);
  } finally {
    process.env.PATH = saved.PATH;
    if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
  }
});

it("shows a ribbon command's failure as plain text in the message dialog page", async () => {
  const title = "Validate did not run";
  const text = 'There is no KPI table on "Sheet1" <b>not bold</b>';
  const query = new URLSearchParams({ title, text });
  const pane = await openTaskpane({ width: 400, height: 260, page: `message.html?${query}` });
  try {
    const { page } = pane;
    await page.getByRole("heading", { name: title }).waitFor({ state: "visible" });
    await expect(page.getByRole("alert").textContent()).resolves.toBe(text);
    await expect(page.locator("b").count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Close");
    expect(pane.problems()).toEqual([]);
    await pane.screenshot("ribbon-message");
  } finally {
    await pane.close();
  }
});
