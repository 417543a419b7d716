/**
 * The pages say what they may load (issue 10.9): taskpane.html, commands.html and message.html carry
 * one Content-Security-Policy (docs/architecture.md). In real Chromium against dist/, the
 * policy is in force (a script from elsewhere is refused), and the pane does its work under it without
 * a single violation: harness.ts records `securitypolicyviolation` events and "Content Security Policy"
 * console messages, and every browser test fails on them through problems().
 */
import type { Page } from "playwright-core";
import { openStep, openTaskpane, startHarness, stopHarness } from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";

jest.setTimeout(120_000);

let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

function policyOf(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
  );
}

it("the three pages carry the same policy, without 'unsafe-eval'", async () => {
  const policies: (string | null)[] = [];
  for (const name of ["taskpane.html", "commands.html", "message.html?title=T&text=x"]) {
    const pane = await openTaskpane({ width: 320, page: name });
    try {
      policies.push(await policyOf(pane.page));
      expect(pane.cspViolations).toEqual([]);
    } finally {
      await pane.close();
    }
  }
  expect(policies[0]).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  expect(policies[0]).not.toMatch(/unsafe-eval/);
  expect(policies).toEqual([policies[0], policies[0], policies[0]]);
});

it("is in force: a script from another origin is refused and reported", async () => {
  const pane = await openTaskpane({ width: 320 });
  try {
    await pane.page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor();
    await pane.page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://scripts.example.org/injected.js";
      document.head.appendChild(script);
    });
    await pane.page.waitForTimeout(500);
    expect(pane.cspViolations.join("\n")).toMatch(
      /script-src(-elem)? blocked https:\/\/scripts\.example\.org/,
    );
    // refused by the page itself, before the harness's network guard saw a request
    expect(pane.blockedRequests).toEqual([]);
  } finally {
    await pane.close();
  }
});

it("the pane loads, validates and exports the Word annex with no violation", async () => {
  const pane = await openTaskpane({ width: 450, height: 1400, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await page.getByRole("button", { name: "Load register" }).click();
    await page.getByText('Loaded "KPIs 2023"').waitFor();
    await openStep(page, "Progress");
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByRole("region", { name: "Results" }).waitFor();
    await openStep(page, "Annex");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download Word annex" }).click();
    await download;
    // office.js opens its logging frame 3 s after start-up; wait past that so it is judged too
    await page.waitForTimeout(3_500);
    expect(pane.cspViolations).toEqual([]);
  } finally {
    await pane.close();
  }
});
