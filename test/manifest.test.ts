/**
 * Offline manifest checks (issue #2). The online validator (`office-addin-manifest validate`) needs
 * network access to Microsoft's service, so the checks live in scripts/manifest/manifest-checks.ts and are
 * shared with `npm run validate`.
 *
 * office-addin-manifest loads ESM-only packages (uuid, strip-bom, node-fetch) on import: Node 20.19+
 * loads them, jest's CommonJS runtime cannot. So the checks run in a child `node` process
 * (validate-manifest.mjs --json) and this file asserts on the JSON report.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CHECK_NAMES, pngSize, associatedActionNames } from "../scripts/manifest/manifest-checks";
import type { CheckName, ManifestReport } from "../scripts/manifest/manifest-checks";

// each check runs a child node process (about 1 s alone, much more while jest's other workers are busy)
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST_MANIFEST = path.join(ROOT, "dist", "manifest.xml");
const WEBPACK_CONFIG = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
const urlDev = /const urlDev = "([^"]+)"/.exec(WEBPACK_CONFIG)?.[1] ?? "";
const urlProd = /const urlProd = "([^"]+)"/.exec(WEBPACK_CONFIG)?.[1] ?? "";

const VALIDATE = path.join(ROOT, "scripts", "validate-manifest.mjs");

/** Runs the offline checks in a child node process and returns its JSON report. */
async function checkManifest(
  manifestPath: string,
  options: { webRoot?: string; commandsFile?: string } = {},
): Promise<ManifestReport> {
  const args = [VALIDATE, manifestPath, "--json"];
  if (options.webRoot) args.push("--web-root", options.webRoot);
  if (options.commandsFile) args.push("--commands", options.commandsFile);
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 22 });
  return JSON.parse(stdout) as ManifestReport;
}

function result(report: ManifestReport, name: CheckName) {
  const r = report.results.find((x) => x.name === name);
  return r ? { name, ok: r.ok, detail: r.detail } : { name, ok: false, detail: "check did not run" };
}

describe("manifest.xml", () => {
  let report: ManifestReport;
  beforeAll(async () => {
    report = await checkManifest(MANIFEST);
  });

  it.each(CHECK_NAMES)("%s", (name) => {
    // detail is part of the expectation so a failure shows what was found
    expect(result(report, name)).toEqual({ name, ok: true, detail: expect.any(String) });
  });

  it("reads the summary with office-addin-manifest's reader", () => {
    expect(report.info).toMatchObject({
      displayName: "KPI Tracker",
      version: "1.0.0.0",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      officeAppType: "TaskPaneApp",
      defaultSettings: { sourceLocation: `${urlDev}taskpane.html` },
    });
  });

  it("every committed icon is a real drawing, not a blank square", () => {
    const pngs = fs.readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"));
    // The add-in's icons (16-128) and the ribbon's Validate button icons (16, 32, 80).
    expect(pngs.sort()).toEqual([
      "icon-128.png",
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
      "validate-16.png",
      "validate-32.png",
      "validate-80.png",
    ]);
    for (const f of pngs) {
      const file = path.join(ROOT, "assets", f);
      const size = pngSize(file);
      expect({ f, size: size?.width }).toEqual({ f, size: Number(/-(\d+)\.png$/.exec(f)?.[1]) });
      // a flat image deflates to almost nothing; a drawing with edges and anti-aliasing does not
      expect({ f, bigEnough: fs.statSync(file).size > 200 }).toEqual({ f, bigEnough: true });
    }
  });
});

describe("dist/manifest.xml (production build)", () => {
  it("exists: npm test builds before jest", () => {
    if (!fs.existsSync(DIST_MANIFEST))
      throw new Error("dist/manifest.xml is missing: run `npm run build` first");
  });

  it("points every URL at the production URL and passes the same checks", async () => {
    if (!fs.existsSync(DIST_MANIFEST)) return; // reported by the test above
    expect(urlDev).toBe("https://localhost:3000/");
    expect(urlProd).toMatch(/^https:\/\/.+\/$/);
    const text = fs.readFileSync(DIST_MANIFEST, "utf8");
    expect(text).not.toContain(urlDev);
    expect(text).not.toMatch(/https:\/\/localhost/);
    expect(text).toContain(`${urlProd}taskpane.html`);
    const prod = await checkManifest(DIST_MANIFEST);
    expect(prod.results.filter((r) => !r.ok)).toEqual([]);
    expect(prod.ok).toBe(true);
  });
});

describe("the checks catch broken manifests", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-manifest-"));
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function checkVariant(edit: (xml: string) => string, commands?: string) {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, edit(fs.readFileSync(MANIFEST, "utf8")));
    let commandsFile: string | undefined;
    if (commands !== undefined) {
      commandsFile = path.join(dir, "commands.ts");
      fs.writeFileSync(commandsFile, commands);
    }
    const r = await checkManifest(file, { webRoot: dir, commandsFile });
    return (name: CheckName) => result(r, name).ok;
  }

  it("an http:// URL", async () => {
    const ok = await checkVariant((x) =>
      x.replace('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
    );
    expect(ok("every URL is HTTPS")).toBe(false);
    expect(ok("ribbon: Home tab group with task pane and Validate buttons")).toBe(true);
  });

  it("an icon whose file is the wrong size, and a missing icon file", async () => {
    const ok = await checkVariant((x) =>
      x
        .replace("assets/icon-16.png", "assets/icon-32.png")
        .replace("assets/validate-80.png", "assets/nope-80.png"),
    );
    expect(ok("every icon file exists with its declared size")).toBe(false);
  });

  it("a FunctionName that commands.ts does not associate", async () => {
    const ok = await checkVariant((x) => x, 'Office.actions.associate("somethingElse", () => undefined);');
    expect(ok("ribbon function names are associated in src/commands/commands.ts")).toBe(false);
  });

  it("a missing ExcelApi requirement, wrong permissions and a non-GUID id", async () => {
    const ok = await checkVariant((x) =>
      x
        .replace('<Set Name="ExcelApi" MinVersion="1.13"/>', '<Set Name="ExcelApi" MinVersion="1.11"/>')
        .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>")
        .replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"),
    );
    expect(ok("requires the ExcelApi set the pane checks at startup")).toBe(false);
    expect(ok("permissions ReadWriteDocument")).toBe(false);
    expect(ok("id is a GUID")).toBe(false);
  });

  it("a resource id of 33 characters, one over the schema's limit of 32", async () => {
    const id33 = "KpiTracker.ValidateButton.Tooltip";
    expect(id33).toHaveLength(33);
    const ok = await checkVariant((x) => x.replaceAll("KpiTracker.ValidateButton.Tip", id33));
    expect(ok("valid against Microsoft's manifest schemas (XSD)")).toBe(false);
    // the hand-written checks do not look at id lengths: only the schema catches this
    expect(ok("every resid is defined once")).toBe(true);
  });

  it("the same id at 32 characters passes the schema", async () => {
    const id32 = "KpiTracker.ValidateButton.Tooltip".slice(0, 32);
    const ok = await checkVariant((x) => x.replaceAll("KpiTracker.ValidateButton.Tip", id32));
    expect(ok("valid against Microsoft's manifest schemas (XSD)")).toBe(true);
  });

  it("elements out of the schema's order", async () => {
    const ok = await checkVariant((x) =>
      x.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2\n  $1"),
    );
    expect(ok("valid against Microsoft's manifest schemas (XSD)")).toBe(false);
  });

  it("an undefined resid", async () => {
    const ok = await checkVariant((x) => x.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'));
    expect(ok("every resid is defined once")).toBe(false);
  });

  it("finds associate() names in source text", () => {
    expect(
      associatedActionNames(`Office.actions.associate("a", f);\nOffice.actions.associate( 'b', g)`),
    ).toEqual(["a", "b"]);
  });
});

describe("office-addin-* telemetry", () => {
  it("is off: office-addin-usage-data reports nothing", () => {
    // office-addin-usage-data >= 2.1 removed usage-data reporting (every method is a no-op; there is no
    // environment variable). .ci/run still runs `office-addin-usage-data off` for older versions.
    // resolved the way the office-addin-* tools resolve it (it is their dependency, not ours)
    const fromTools = require.resolve("office-addin-usage-data", {
      paths: [path.dirname(require.resolve("office-addin-manifest"))],
    });
    const { OfficeAddinUsageData, readUsageDataLevel, groupName } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(fromTools) as typeof import("office-addin-usage-data");
    const usage = new OfficeAddinUsageData({ projectName: "kpi-tracker-test", raisePrompt: false });
    expect(usage.isUsageDataOn()).toBe(false);
    expect(readUsageDataLevel(groupName)).toBe("off");
  });
});
