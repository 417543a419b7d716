/**
 * Real-browser harness for the task pane (jest project "e2e", node environment).
 *
 * - serves the production build in dist/ on a free 127.0.0.1 port with node's http module
 *   (`npm test` builds before jest; without dist/taskpane.html this fails and says so);
 * - finds Chromium (CHROMIUM_PATH, then chromium / chromium-browser / google-chrome on PATH) and fails
 *   with the install command when there is none: browser tests never pass silently;
 * - routes every request to Microsoft's office.js CDN (appsforoffice.microsoft.com) to the local copy
 *   in node_modules/@microsoft/office-js/dist, optionally with extra JS appended after office.js
 *   (`officeJsSuffix`, e.g. an Excel double); CDN files that have no local copy are answered 404 and
 *   recorded, and any other off-machine request is aborted and recorded;
 * - records console errors, page errors, failed requests (network failures and HTTP >= 400).
 *
 * Usage (see shell.test.ts):
 *   beforeAll(startHarness); afterAll(stopHarness);
 *   const pane = await openTaskpane({ width: 320 });
 *   await pane.page.getByRole("heading", { name: "KPI Tracker" }).waitFor();
 *   expect(pane.problems()).toEqual([]);
 *   await pane.screenshot("shell-320");
 *   await pane.close();
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page, Request, Route } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test", "artifacts");
export const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The office.js CDN as written in taskpane.html / commands.html. */
export const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\//;
const OFFICE_TELEMETRY_FRAME = /\/telemetryproxy\.html([?#]|$)/;
const OFFICE_CDN_PREFIX = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Finds a Chromium-family browser, or throws an error that says how to install one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(
    "No Chromium-family browser found for the browser tests (looked at CHROMIUM_PATH and for " +
      `${names.join(", ")} on PATH). Install one: apt-get install -y chromium ` +
      "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome/Chromium/Edge binary.",
  );
}

/** Serves a folder over http on 127.0.0.1 (a free port). GET/HEAD only; no directory listings. */
export async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, path.normalize(pathname === "/" ? "/taskpane.html" : pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OpenTaskpaneOptions {
  /** Viewport width in CSS px (the task pane is 320-450 px wide in Excel). */
  width: number;
  /** Viewport height; default 800. */
  height?: number;
  /** JS appended after the local office.js, e.g. an Excel double that defines Excel.run. */
  officeJsSuffix?: string;
  /** Page under dist/ to open; default "taskpane.html". */
  page?: string;
  /** false: a browser that runs no script at all (what a webview that cannot run the bundle shows). */
  javaScriptEnabled?: boolean;
}

export interface OpenedTaskpane {
  page: Page;
  context: BrowserContext;
  /** console.error messages and console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests that failed at the network level or got HTTP >= 400. */
  failedRequests: string[];
  /** CDN files requested by office.js that have no local copy (answered 404). */
  unservedCdnRequests: string[];
  /** Requests to anything else off this machine (aborted). */
  blockedRequests: string[];
  /** CDN requests that were served from node_modules/@microsoft/office-js/dist. */
  servedCdnRequests: string[];
  /** Content-Security-Policy violations: `securitypolicyviolation` events and "Refused to ..." console messages. */
  cspViolations: string[];
  /** Everything above that indicates a problem, one line each; [] when the page is clean. */
  problems(): string[];
  /**
   * Resolves once no request has been in flight for `quietMs`; on timeout, throws naming the requests
   * still open. Playwright's "networkidle" fails without saying what it waited for, and under a loaded
   * CI machine it timed out once with nothing to show.
   */
  waitForQuietNetwork(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
  /** Full-page PNG at test/artifacts/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

interface HarnessState {
  browser: Browser;
  server: { url: string; close: () => Promise<void> };
}

let state: HarnessState | undefined;

/** Starts the dist/ server and the browser (call in beforeAll). */
export async function startHarness(): Promise<void> {
  if (state) return;
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      `${path.join(DIST, "taskpane.html")} is missing: run \`npm run build\` first (npm test does).`,
    );
  }
  if (!fs.existsSync(path.join(OFFICE_JS_DIST, "office.js"))) {
    throw new Error(`${OFFICE_JS_DIST}/office.js is missing: run \`npm install\` (@microsoft/office-js).`);
  }
  const executablePath = findChromium();
  const server = await serveFolder(DIST);
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    state = { browser, server };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** Closes the browser and the server (call in afterAll). */
export async function stopHarness(): Promise<void> {
  const s = state;
  state = undefined;
  if (!s) return;
  await s.browser.close().catch(() => undefined);
  await s.server.close();
}

/** The base URL of the running dist/ server. */
export function baseUrl(): string {
  if (!state) throw new Error("startHarness() has not run");
  return state.server.url;
}

/** Opens a page of dist/ (the task pane by default) in a fresh browser context at the given width. */
export async function openTaskpane(options: OpenTaskpaneOptions): Promise<OpenedTaskpane> {
  if (!state) throw new Error("startHarness() has not run: call it in beforeAll");
  const { browser, server } = state;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const unservedCdnRequests: string[] = [];
  const blockedRequests: string[] = [];
  const servedCdnRequests: string[] = [];

  await context.route(
    (url) => !url.href.startsWith(server.url),
    async (route: Route) => {
      const url = route.request().url();
      if (!OFFICE_CDN.test(url)) {
        // office.js, started outside Office, opens its telemetry frame when it gets round to it (seconds
        // later on a busy machine): that is office.js, not the add-in, so it is blocked but not a problem.
        if (!OFFICE_TELEMETRY_FRAME.test(url)) blockedRequests.push(url);
        await route.abort("blockedbyclient");
        return;
      }
      const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/lib\/1\/hosted\//, "");
      const file = path.join(OFFICE_JS_DIST, path.normalize(rel));
      if (
        !OFFICE_CDN_PREFIX.test(url) ||
        !file.startsWith(OFFICE_JS_DIST + path.sep) ||
        !fs.existsSync(file)
      ) {
        unservedCdnRequests.push(url);
        await route.fulfill({ status: 404, contentType: "text/plain", body: `no local copy of ${url}` });
        return;
      }
      servedCdnRequests.push(url);
      let body = fs.readFileSync(file, "utf8");
      if (rel === "office.js" && options.officeJsSuffix) body += `\n;\n${options.officeJsSuffix}\n`;
      await route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[path.extname(file)] ?? "text/plain",
        body,
      });
    },
  );

  const cspViolations: string[] = [];
  await context.exposeBinding("kpiReportCspViolation", (_source, line: string) => {
    cspViolations.push(line);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { kpiReportCspViolation: (line: string) => void })
        .kpiReportCspViolation;
      const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})` : "";
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} in ${e.documentURI}${where}`);
    });
  });

  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  page.on("request", (req) => {
    inFlight.add(req);
    lastActivity = Date.now();
  });
  const settle = (req: Request): void => {
    inFlight.delete(req);
    lastActivity = Date.now();
  };
  page.on("requestfinished", settle);
  page.on("requestfailed", settle);
  page.on("requestfailed", (req) => {
    // already recorded as blocked, or office.js's own telemetry frame
    if (blockedRequests.includes(req.url()) || OFFICE_TELEMETRY_FRAME.test(req.url())) return;
    failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400)
      failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });

  await page.goto(server.url + (options.page ?? "taskpane.html"), { waitUntil: "load" });

  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    failedRequests,
    unservedCdnRequests,
    blockedRequests,
    servedCdnRequests,
    cspViolations,
    problems: () => [
      ...cspViolations.map((m) => `CSP violation: ${m}`),
      ...consoleErrors.map((m) => `console error: ${m}`),
      ...pageErrors.map((m) => `page error: ${m}`),
      ...failedRequests.map((m) => `failed request: ${m}`),
      ...unservedCdnRequests.map((m) => `office.js CDN file without a local copy: ${m}`),
      ...blockedRequests.map((m) => `blocked off-machine request: ${m}`),
    ],
    waitForQuietNetwork: async ({ quietMs = 500, timeoutMs = 30_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) {
          const open = [...inFlight].map((r) => `${r.method()} ${r.url()}`);
          throw new Error(
            `the network was not quiet for ${quietMs} ms within ${timeoutMs} ms; in flight: ` +
              (open.length ? open.join(", ") : "nothing (requests kept starting)"),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    screenshot: async (name: string) => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
}

/** Shows one step of the pane (Register, Progress, Returns, Annex, Check) by its tab. */
export async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

/** Types the as-at date and presses Enter, as an officer would; the field then shows it as the paper writes it. */
export async function typeAsAt(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/As at/);
  await field.fill(date);
  await field.press("Enter");
}

/**
 * axe's serious and critical WCAG 2 A/AA violations. Tabster's focus-redirect elements are left out: Fluent
 * puts them around a TabList on purpose, focusable and aria-hidden, and they move focus on at once
 * (microsoft/tabster#288; microsoft/fluentui#27517, closed "by design").
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
