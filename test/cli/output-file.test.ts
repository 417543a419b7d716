/** --out never replaces what the officers have, and a bad --out is one line, never a stack trace. */
import { spawnSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cliEnvironment } from "./run-cli";

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "src/cli/bin.cjs");
const REGISTER = join(ROOT, "seeds/kpis-2023.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-out-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: cliEnvironment(),
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function officersFile(name: string, text = "KPI ID,Actual\n2023-E-1,600\n"): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectOneLineRefusal(result: ReturnType<typeof cli>, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("--out never overwrites without --force", () => {
  test("annex refuses to replace an existing file, which keeps its bytes", () => {
    const existing = officersFile("annex.docx", "the officers' own document");
    const result = cli("annex", "--register", REGISTER, "--out", existing);
    expectOneLineRefusal(result, /already exists; .*--force/);
    expect(readFileSync(existing, "utf8")).toBe("the officers' own document");
  });

  test("workbook refuses to blank an existing tracker", () => {
    const tracker = officersFile("tracker.xlsx", "a filled-in tracker");
    expectOneLineRefusal(cli("workbook", "--register", REGISTER, "--out", tracker), /already exists/);
    expect(readFileSync(tracker, "utf8")).toBe("a filled-in tracker");
  });

  test("with --force an existing file that is not an input is replaced", () => {
    const old = officersFile("old.html", "old annex");
    const result = cli("annex", "--register", REGISTER, "--layout", "kpi-list", "--out", old, "--force");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(old, "utf8")).toContain("<!DOCTYPE html>");
  });
});

describe("--out is never an input of the same command, even with --force", () => {
  test("annex tracker.xlsx --out tracker.xlsx --force keeps the officers' workbook", () => {
    const tracker = officersFile("same.xlsx", "the officers' workbook");
    const result = cli("annex", tracker, "--as-at", "2024-09-30", "--out", tracker, "--force");
    expectOneLineRefusal(result, /is also an input/);
    expect(readFileSync(tracker, "utf8")).toBe("the officers' workbook");
  });

  test("the same file under another spelling or through a hard link is caught", () => {
    const tracker = officersFile("tracker.xlsx.keep", "the officers' workbook");
    const linked = join(dir, "linked.xlsx");
    linkSync(tracker, linked);
    mkdirSync(join(dir, "sub"), { recursive: true });
    const spelled = join(dir, "sub", "..", "linked.xlsx");
    for (const out of [spelled, linked]) {
      expectOneLineRefusal(
        cli("annex", tracker, "--as-at", "2024-09-30", "--out", out, "--force"),
        /is also an input/,
      );
    }
    expect(readFileSync(tracker, "utf8")).toBe("the officers' workbook");
  });

  test("workbook never replaces its register", () => {
    const register = join(dir, "register-copy.xlsx");
    writeFileSync(register, readFileSync(REGISTER));
    expectOneLineRefusal(
      cli("workbook", "--register", register, "--out", register, "--force"),
      /is also an input/,
    );
    expect(readFileSync(register, "utf8")).toBe(readFileSync(REGISTER, "utf8"));
  });
});

describe("a bad --out is one line with exit 2", () => {
  test.each([
    ["a missing folder", () => join(dir, "no-such-folder", "annex.docx"), /folder .* does not exist/],
    ["a folder", () => join(dir, "folder.docx"), /is a folder/],
    ["a file used as a folder", () => join(officersFile("plain.txt", "x"), "annex.docx"), /is not a folder/],
  ])("%s", (_name, out, message) => {
    mkdirSync(join(dir, "folder.docx"), { recursive: true });
    expectOneLineRefusal(cli("annex", "--register", REGISTER, "--out", out()), message);
  });
});
