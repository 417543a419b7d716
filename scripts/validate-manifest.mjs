#!/usr/bin/env node
/**
 * npm run validate: offline manifest checks (also run by test/manifest.test.ts).
 *
 *   node scripts/validate-manifest.mjs [manifest.xml] [--web-root dir] [--commands file] [--json]
 *
 * Microsoft's `office-addin-manifest validate` sends the manifest to an online validation service;
 * this environment cannot reach it. So this script checks offline: it validates the manifest against
 * Microsoft's schemas (test/manifest-schemas/*.xsd, libxml2 compiled to WebAssembly by xmllint-wasm,
 * so no native xmllint), reads it with office-addin-manifest's own reader and asserts the
 * required elements, HTTPS URLs, resource ids, icon files and sizes (PNG IHDR), and that each ribbon
 * FunctionName is associated in src/commands/commands.ts. Exit code 1 if any check fails.
 * --json prints the report as JSON (used by the jest test). With network access, also run
 * `npx office-addin-manifest validate manifest.xml` before publishing.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? resolve(args.splice(i, 2)[1]) : undefined;
}
const json = args.includes("--json");
if (json) args.splice(args.indexOf("--json"), 1);
const webRoot = option("--web-root");
const commandsFile = option("--commands") ?? join(repoRoot, "src", "commands", "commands.ts");
const manifestPath = resolve(args[0] ?? join(repoRoot, "manifest.xml"));

const { checkManifest } = await tsImport("./manifest/manifest-checks.ts", import.meta.url);
const report = await checkManifest(manifestPath, { webRoot, commandsFile });

if (json) {
  process.stdout.write(JSON.stringify(report) + "\n");
  process.exit(0);
}
console.log(`Manifest: ${manifestPath}`);
if (report.info) {
  const i = report.info;
  console.log(`  ${i.displayName} ${i.version} by ${i.providerName} (${i.id}), hosts ${i.hosts?.join(", ")}`);
}
for (const r of report.results) console.log(`  ${r.ok ? "ok  " : "FAIL"}  ${r.name}  (${r.detail})`);
const failed = report.results.filter((r) => !r.ok).length;
console.log(
  failed === 0 && report.ok
    ? `The manifest passed ${report.results.length} offline checks.`
    : `The manifest failed ${failed} of ${report.results.length} offline checks.`,
);
console.log(
  "Note: Microsoft's online validator (office-addin-manifest validate) was not called: it needs network access to its service.",
);
process.exit(report.ok ? 0 : 1);
