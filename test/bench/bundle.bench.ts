/**
 * Bundle bench: the JavaScript the production task pane loads before first render.
 *
 * Reads dist/taskpane.html (building production first if dist/ is missing or is a development
 * build), takes every local <script src> (office.js from Microsoft's CDN excluded; async chunks are
 * never in the HTML), and sums their minified sizes and their gzip -9 sizes (node's zlib).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

/** Local script files referenced by <script src> in an HTML page, in document order. */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!value || /^(https?:)?\/\//i.test(value)) continue; // CDN (office.js) or none
    out.push(value.split(/[?#]/)[0]);
  }
  return out;
}

function isProductionBuild(): boolean {
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html)) return false;
  const scripts = initialScripts(fs.readFileSync(html, "utf8"));
  // production file names carry a content hash (webpack.config.js); development ones do not
  return (
    scripts.length > 0 &&
    scripts.every((s) => /\.[0-9a-f]{8}\.js$/.test(s) && fs.existsSync(path.join(DIST, s)))
  );
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export default async function bundleBench(): Promise<Record<string, number>> {
  if (!isProductionBuild()) {
    console.log("\n  dist/ is missing or not a production build: running webpack --mode production");
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  const scripts = initialScripts(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
  let raw = 0;
  let gzip = 0;
  for (const s of scripts) {
    const buf = fs.readFileSync(path.join(DIST, s));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { taskpane_initial_js_kb: kb(raw), taskpane_initial_js_gzip_kb: kb(gzip) };
}
