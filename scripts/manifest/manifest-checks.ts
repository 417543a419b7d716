/**
 * Offline checks of the add-in's XML manifest, shared by test/manifest.test.ts (npm test) and
 * scripts/validate-manifest.mjs (npm run validate).
 *
 * `office-addin-manifest validate` uploads the file to Microsoft's online validation service, which
 * cannot be reached from here, so we check offline: first against Microsoft's schemas (the XSDs in
 * test/manifest-schemas/, with libxml2 from xmllint-wasm), then with office-addin-manifest's own
 * reader (OfficeAddinManifest.
 * readManifestFile for the summary, its xml2js-based ManifestHandlerXml for the full tree), then
 * required elements, HTTPS URLs, resource ids, icon files and sizes, and the ribbon function names
 * are asserted. The jest test runs these checks through `node scripts/validate-manifest.mjs --json`
 * (a child process) because office-addin-manifest cannot be loaded in jest (see checkManifest).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ManifestInfo } from "office-addin-manifest";
import { MIN_EXCEL_API } from "../../src/taskpane/requirement-sets";

export interface CheckResult {
  name: CheckName;
  ok: boolean;
  detail: string;
}

/** Every check run by checkManifest, in order. The jest test asserts each one by name. */
export const CHECK_NAMES = [
  "valid against Microsoft's manifest schemas (XSD)",
  "parses with office-addin-manifest",
  "TaskPaneApp with VersionOverrides 1.0",
  "id is a GUID",
  "version is 1.0.0.0",
  "provider name set",
  "display name is KPI Tracker",
  "description says what it does",
  "host is Workbook (Excel)",
  "permissions ReadWriteDocument",
  "requires the ExcelApi set the pane checks at startup",
  "every URL is HTTPS",
  "all URLs share the task pane's base URL",
  "every resid is defined once",
  "short strings <= 125 and long strings <= 250 chars",
  "every icon file exists with its declared size",
  "ribbon: Home tab group with task pane and Validate buttons",
  "ribbon function names are associated in src/commands/commands.ts",
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckOptions {
  /** Folder the icon URLs map to (relative to the base URL). Default: the manifest's folder. */
  webRoot?: string;
  /** commands.ts to search for Office.actions.associate names. Default: <repo>/src/commands/commands.ts. */
  commandsFile?: string;
}

// ---------- small xml2js tree helpers ----------
type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  node: XmlNode;
}

/** All elements below `node` (depth first), with their attributes and text. */
function elements(node: unknown, name = "OfficeApp"): Element[] {
  const out: Element[] = [];
  const visit = (n: unknown, nodeName: string) => {
    if (typeof n === "string") {
      out.push({ name: nodeName, attrs: {}, text: n, node: { _: n } });
      return;
    }
    if (!n || typeof n !== "object") return;
    const x = n as XmlNode;
    out.push({ name: nodeName, attrs: x.$ ?? {}, text: typeof x._ === "string" ? x._ : "", node: x });
    for (const [key, value] of Object.entries(x)) {
      if (key === "$" || key === "_") continue;
      for (const child of Array.isArray(value) ? value : [value]) visit(child, key);
    }
  };
  visit(node, name);
  return out;
}

const localName = (name: string) => name.replace(/^.*:/, "");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) return null;
  if (buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Names passed to Office.actions.associate("name", ...) in a source file. */
export function associatedActionNames(source: string): string[] {
  return [...source.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
}

/** Microsoft's manifest schemas, copied into the repo (test/manifest-schemas/README.md says from where). */
// from __filename: under tsx's ESM loader (validate-manifest.mjs) __dirname is not this file's folder
export const SCHEMA_DIR = path.resolve(path.dirname(__filename), "..", "..", "test", "manifest-schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/**
 * Validates the manifest against the XSDs with libxml2 compiled to WebAssembly (xmllint-wasm), so no
 * native xmllint is needed. Office refuses to install a manifest that breaks the schema, e.g. a resid
 * longer than 32 characters. Returns libxml2's messages; empty when the manifest is valid.
 */
export async function schemaErrors(manifestXml: string, schemaDir = SCHEMA_DIR): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateXML } = require("xmllint-wasm") as typeof import("xmllint-wasm");
  const schemas = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") }));
  const root = schemas.find((s) => s.fileName === ROOT_SCHEMA);
  if (!root) return [`${ROOT_SCHEMA} not found in ${schemaDir}`];
  const result = await validateXML({
    xml: { fileName: "manifest.xml", contents: manifestXml },
    schema: root,
    preload: schemas.filter((s) => s !== root),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

export interface ManifestReport {
  manifestPath: string;
  info?: ManifestInfo;
  results: CheckResult[];
  ok: boolean;
}

export async function checkManifest(
  manifestPath: string,
  options: CheckOptions = {},
): Promise<ManifestReport> {
  const repoRoot = path.resolve(path.dirname(__filename), "..", "..");
  const webRoot = options.webRoot ?? path.dirname(path.resolve(manifestPath));
  const commandsFile = options.commandsFile ?? path.join(repoRoot, "src", "commands", "commands.ts");
  const results: CheckResult[] = [];
  const check = (name: CheckName, ok: boolean, detail: string) => results.push({ name, ok, detail });
  const report = (info?: ManifestInfo): ManifestReport => ({
    manifestPath,
    info,
    results,
    ok: results.length === CHECK_NAMES.length && results.every((r) => r.ok),
  });

  const invalid = await schemaErrors(fs.readFileSync(manifestPath, "utf8"));
  check(
    "valid against Microsoft's manifest schemas (XSD)",
    invalid.length === 0,
    invalid.join("\n") || `valid against ${ROOT_SCHEMA} and the schemas it imports`,
  );

  let info: ManifestInfo;
  let xml: { OfficeApp?: XmlNode };
  try {
    // Loaded here, not at the top: office-addin-manifest pulls in ESM-only packages that Node 20.19+
    // loads fine but jest's CommonJS runtime cannot, so jest only imports the helpers of this file.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { OfficeAddinManifest } =
      require("office-addin-manifest") as typeof import("office-addin-manifest");
    const { ManifestHandlerXml } =
      require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml") as typeof import("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
    /* eslint-enable @typescript-eslint/no-require-imports */
    info = await OfficeAddinManifest.readManifestFile(manifestPath);
    xml = await new ManifestHandlerXml(manifestPath).parseXmlAsync();
    if (!xml.OfficeApp) throw new Error("no <OfficeApp> root element");
  } catch (err) {
    check("parses with office-addin-manifest", false, String(err));
    return report();
  }
  check("parses with office-addin-manifest", true, `${info.manifestType} manifest`);

  const all = elements(xml.OfficeApp);
  const byName = (name: string) => all.filter((e) => localName(e.name) === name);
  const versionOverrides = byName("VersionOverrides");
  check(
    "TaskPaneApp with VersionOverrides 1.0",
    info.officeAppType === "TaskPaneApp" &&
      versionOverrides.length === 1 &&
      versionOverrides[0].attrs["xsi:type"] === "VersionOverridesV1_0",
    `xsi:type=${info.officeAppType}, VersionOverrides=${versionOverrides.map((v) => v.attrs["xsi:type"]).join(",")}`,
  );
  check("id is a GUID", GUID.test(info.id ?? ""), `Id=${info.id}`);
  check("version is 1.0.0.0", info.version === "1.0.0.0", `Version=${info.version}`);
  check("provider name set", Boolean(info.providerName?.trim()), `ProviderName=${info.providerName}`);
  check("display name is KPI Tracker", info.displayName === "KPI Tracker", `DisplayName=${info.displayName}`);
  check(
    "description says what it does",
    (info.description ?? "").length >= 40 && /KPI/.test(info.description ?? ""),
    `Description=${info.description}`,
  );
  const vHosts = byName("Host")
    .map((h) => h.attrs["xsi:type"])
    .filter(Boolean);
  check(
    "host is Workbook (Excel)",
    JSON.stringify(info.hosts) === JSON.stringify(["Workbook"]) && vHosts.every((h) => h === "Workbook"),
    `Hosts=${info.hosts?.join(",")}; VersionOverrides hosts=${vHosts.join(",")}`,
  );
  check(
    "permissions ReadWriteDocument",
    info.permissions === "ReadWriteDocument",
    `Permissions=${info.permissions}`,
  );

  const sets = byName("Sets");
  const excelApi = byName("Set").filter((s) => s.attrs.Name === "ExcelApi");
  check(
    "requires the ExcelApi set the pane checks at startup",
    sets.length >= 1 && excelApi.length === 1 && excelApi[0].attrs.MinVersion === MIN_EXCEL_API,
    `ExcelApi MinVersion=${excelApi.map((s) => s.attrs.MinVersion).join(",") || "(none)"}; ` +
      `src/taskpane/requirement-sets.ts: ${MIN_EXCEL_API}`,
  );

  // URLs: attribute values and element texts that look like URLs (namespace declarations excluded).
  const urls: string[] = [];
  for (const e of all) {
    for (const [attr, value] of Object.entries(e.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      if (URL_LIKE.test(value.trim())) urls.push(value.trim());
    }
    if (URL_LIKE.test(e.text.trim())) urls.push(e.text.trim());
  }
  const notHttps = urls.filter((u) => !u.startsWith("https://"));
  check(
    "every URL is HTTPS",
    urls.length > 0 && notHttps.length === 0,
    notHttps.length ? `not HTTPS: ${notHttps.join(", ")}` : `${urls.length} URLs, all https://`,
  );
  const sourceLocation = info.defaultSettings?.sourceLocation ?? "";
  const base = sourceLocation ? new URL(".", sourceLocation).href : "";
  const foreign = urls.filter((u) => !base || !u.startsWith(base));
  check(
    "all URLs share the task pane's base URL",
    Boolean(base) && foreign.length === 0,
    foreign.length ? `outside ${base || "(no SourceLocation)"}: ${foreign.join(", ")}` : `base ${base}`,
  );

  // Resources: ids defined once; every resid points at one.
  const resources = new Map<string, { kind: string; value: string }>();
  const duplicates: string[] = [];
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const container of byName(kind)) {
      for (const item of elements(container.node, container.name).slice(1)) {
        const id = item.attrs.id;
        if (!id) continue;
        if (resources.has(id)) duplicates.push(id);
        resources.set(id, { kind, value: item.attrs.DefaultValue ?? "" });
      }
    }
  }
  const missingKinds = ["Images", "Urls", "ShortStrings", "LongStrings"].filter(
    (k) => byName(k).length === 0,
  );
  const resids = all.filter((e) => e.attrs.resid).map((e) => e.attrs.resid);
  const undefinedResids = [...new Set(resids.filter((r) => !resources.has(r)))];
  check(
    "every resid is defined once",
    missingKinds.length === 0 && duplicates.length === 0 && undefinedResids.length === 0,
    [
      missingKinds.length ? `missing bt:${missingKinds.join(", bt:")}` : "",
      duplicates.length ? `duplicate ids: ${duplicates.join(", ")}` : "",
      undefinedResids.length ? `undefined resids: ${undefinedResids.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ") || `${resids.length} resids -> ${resources.size} resources`,
  );
  const tooLong = [...resources.entries()].filter(
    ([, r]) =>
      (r.kind === "ShortStrings" && r.value.length > 125) ||
      (r.kind === "LongStrings" && r.value.length > 250),
  );
  check(
    "short strings <= 125 and long strings <= 250 chars",
    tooLong.length === 0,
    tooLong.length ? `too long: ${tooLong.map(([id]) => id).join(", ")}` : "within limits",
  );

  // Icons: every (url, declared size) pair -> a PNG under webRoot with that width and height.
  const iconUses: { url: string; size: number; where: string }[] = [];
  if (info.iconUrl) iconUses.push({ url: info.iconUrl, size: 32, where: "IconUrl" });
  if (info.highResolutionIconUrl)
    iconUses.push({ url: info.highResolutionIconUrl, size: 64, where: "HighResolutionIconUrl" });
  for (const image of byName("Image").filter((e) => e.attrs.size && e.attrs.resid)) {
    const res = resources.get(image.attrs.resid);
    if (res) iconUses.push({ url: res.value, size: Number(image.attrs.size), where: image.attrs.resid });
  }
  const iconProblems: string[] = [];
  const iconFiles = new Set<string>();
  for (const use of iconUses) {
    if (!base || !use.url.startsWith(base)) {
      iconProblems.push(`${use.where}: ${use.url} is not under ${base}`);
      continue;
    }
    const rel = decodeURI(use.url.slice(base.length).split(/[?#]/)[0]);
    const file = path.join(webRoot, rel);
    if (!rel.startsWith("assets/") || !fs.existsSync(file)) {
      iconProblems.push(`${use.where}: ${rel} not found in ${path.relative(process.cwd(), webRoot) || "."}`);
      continue;
    }
    iconFiles.add(rel);
    const size = pngSize(file);
    if (!size) iconProblems.push(`${use.where}: ${rel} is not a PNG`);
    else if (size.width !== use.size || size.height !== use.size)
      iconProblems.push(
        `${use.where}: ${rel} is ${size.width}x${size.height}, declared ${use.size}x${use.size}`,
      );
  }
  check(
    "every icon file exists with its declared size",
    iconUses.length > 0 && iconProblems.length === 0,
    iconProblems.join("; ") || `${iconUses.length} icon uses, files: ${[...iconFiles].sort().join(", ")}`,
  );

  // Ribbon: Home tab, own group, a ShowTaskpane and an ExecuteFunction button, each with supertip and icons.
  const tabs = byName("OfficeTab").map((t) => t.attrs.id);
  const controls = byName("Control").filter((c) => c.attrs["xsi:type"] === "Button");
  const actions = controls.map((c) => {
    const inner = elements(c.node, c.name);
    const action = inner.find((e) => localName(e.name) === "Action");
    return {
      id: c.attrs.id,
      type: action?.attrs["xsi:type"],
      supertip: inner.some((e) => localName(e.name) === "Supertip"),
      iconSizes: inner
        .filter((e) => localName(e.name) === "Image")
        .map((e) => e.attrs.size)
        .sort(),
      functionName: inner.find((e) => localName(e.name) === "FunctionName")?.text.trim(),
    };
  });
  const ribbonOk =
    tabs.includes("TabHome") &&
    byName("Group").length === 1 &&
    byName("FunctionFile").length === 1 &&
    actions.some((a) => a.type === "ShowTaskpane") &&
    actions.some((a) => a.type === "ExecuteFunction") &&
    actions.every((a) => a.supertip && a.iconSizes.join(",") === "16,32,80");
  check(
    "ribbon: Home tab group with task pane and Validate buttons",
    ribbonOk,
    `tabs=${tabs.join(",")}; buttons=${actions.map((a) => `${a.id}(${a.type}${a.supertip ? ", supertip" : ""}, icons ${a.iconSizes.join("/")})`).join(" ")}`,
  );

  const functionNames = actions.map((a) => a.functionName).filter((n): n is string => Boolean(n));
  const associated = fs.existsSync(commandsFile)
    ? associatedActionNames(fs.readFileSync(commandsFile, "utf8"))
    : [];
  const missingFns = functionNames.filter((n) => !associated.includes(n));
  check(
    "ribbon function names are associated in src/commands/commands.ts",
    functionNames.length > 0 && missingFns.length === 0,
    !fs.existsSync(commandsFile)
      ? `${commandsFile} not found`
      : missingFns.length
        ? `not associated: ${missingFns.join(", ")} (found: ${associated.join(", ") || "none"})`
        : `FunctionName ${functionNames.join(", ")} associated`,
  );

  return report(info);
}
