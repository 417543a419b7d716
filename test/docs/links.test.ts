/**
 * The README stays short and every pointer to a document leads somewhere: relative links in the README
 * and docs/ (and the other READMEs) to files and headings that exist, and comments in the code that name
 * a README or a docs/*.md file (with the section they quote, if any) to one that exists.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const README_LIMIT_BYTES = 15 * 1024;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && rel !== "test/artifacts") found.push(...filesUnder(rel, keep));
    } else if (keep(entry.name)) {
      found.push(rel);
    }
  }
  return found;
}

const MARKDOWN = [
  "README.md",
  ...filesUnder("docs", (name) => name.endsWith(".md")),
  "seeds/README.md",
  "test/manifest-schemas/README.md",
];

/** Markdown lines outside fenced code blocks, with their line numbers. */
function proseLines(text: string): { line: string; number: number }[] {
  let fenced = false;
  const lines: { line: string; number: number }[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    else if (!fenced) lines.push({ line, number: i + 1 });
  });
  return lines;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line } of proseLines(fs.readFileSync(path.join(ROOT, file), "utf8"))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

function headingsOf(file: string): Set<string> {
  const headings = new Set<string>();
  for (const { line } of proseLines(fs.readFileSync(path.join(ROOT, file), "utf8"))) {
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (heading) headings.add(heading[1].replace(/`/g, ""));
  }
  return headings;
}

/** Every relative link or image in a markdown file that does not lead to a file (and heading). */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const { line, number } of proseLines(fs.readFileSync(path.join(ROOT, file), "utf8"))) {
    for (const match of line.replace(/`[^`]*`/g, "").matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
      const target = match[1];
      if (/^[a-z]+:/i.test(target)) continue;
      const [filePart, anchor] = target.split("#");
      const resolved = filePart ? path.posix.join(path.posix.dirname(file), decodeURI(filePart)) : file;
      const where = `${file}:${number} -> ${target}`;
      if (!fs.existsSync(path.join(ROOT, resolved))) broken.push(`${where} (no such file)`);
      else if (anchor && resolved.endsWith(".md") && !anchorsOf(resolved).has(anchor))
        broken.push(`${where} (no such heading)`);
    }
  }
  return broken;
}

const CODE = [
  ...["src", "test", "scripts"].flatMap((dir) =>
    filesUnder(dir, (name) => /\.(tsx?|[cm]?js|html)$/.test(name)),
  ),
  ...["stryker.config.json", "jest.config.cjs", "webpack.config.js", "eslint.config.mjs", "tsconfig.json"],
];

/** The comment part of a line of code (or of a JSON "…_comment" entry); empty when there is none. */
function commentOf(line: string, file: string): string {
  if (file.endsWith(".json"))
    return /"[\w/]*_?comment"\s*:/.test(line) || /"\/\/"\s*:/.test(line) ? line : "";
  const trimmed = line.trim();
  if (trimmed.startsWith("*") || trimmed.startsWith("/*")) return trimmed;
  const start = [line.indexOf("// "), line.indexOf("<!--")].filter((i) => i >= 0);
  return start.length ? line.slice(Math.min(...start)) : "";
}

/** A document named in a comment: a guide in docs/, another folder's README, or the README itself. */
const DOCUMENT = /(?<![\w/.:-])((?:[\w.-]+\/)*(?:README(?:\.md)?|docs\/[\w.-]+\.md))/g;

/** Comments naming a document that does not exist, or quoting a section that document does not have. */
function brokenDocumentComments(file: string): string[] {
  const broken: string[] = [];
  fs.readFileSync(path.join(ROOT, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      const comment = commentOf(line, file);
      for (const match of comment.matchAll(DOCUMENT)) {
        const named = match[1].endsWith("README") ? `${match[1]}.md` : match[1];
        const where = `${file}:${i + 1} names ${named}`;
        if (!fs.existsSync(path.join(ROOT, named))) {
          broken.push(`${where} (no such file)`);
          continue;
        }
        const after = comment.slice(match.index + match[0].length);
        const before = comment.slice(0, match.index);
        const section =
          /^,? \\?"([^"\\]+)\\?"/.exec(after)?.[1] ?? /\\?"([^"\\]+)\\?" in $/.exec(before)?.[1];
        if (section && !headingsOf(named).has(section))
          broken.push(`${where}, "${section}" (no such section)`);
      }
    });
  return broken;
}

describe("documents", () => {
  test(`README.md is at most ${README_LIMIT_BYTES} bytes`, () => {
    expect(fs.statSync(path.join(ROOT, "README.md")).size).toBeLessThanOrEqual(README_LIMIT_BYTES);
  });

  test("the README links each guide in docs/", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const guides = filesUnder("docs", (name) => name.endsWith(".md"));
    expect(guides.length).toBeGreaterThanOrEqual(6);
    expect(guides.filter((guide) => !readme.includes(`](${guide})`))).toEqual([]);
  });

  test.each(MARKDOWN)("every relative link in %s leads to a file and heading that exist", (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  test("comments that name a README or a docs/*.md file name one that exists", () => {
    expect(CODE.length).toBeGreaterThan(100);
    expect(CODE.flatMap(brokenDocumentComments)).toEqual([]);
  });
});
