import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { STATUSES } from "../../src/core/vocabulary";
import { deflatedSpaces, zipPackage } from "../export/zip-builder";
import { TRAINING_SESSIONS, deadline, kpi, register } from "../core/engine/fixtures";
import { cliEnvironment } from "./run-cli";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "src/cli/bin.cjs");

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: cliEnvironment(),
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REGISTER = register([
  kpi("2024-D-1", TRAINING_SESSIONS),
  kpi("2024-E-1", [
    {
      kind: "count",
      unit: "proactive inspections",
      quantity: 750,
      deadline: deadline("2024-01-01", "2024-12-31"),
    },
  ]),
  kpi("2024-F-1", [{ kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30") }]),
  kpi("2024-G-1", [
    { kind: "count", unit: "visits", quantity: 120, deadline: deadline("2024-01-01", "2024-12-31") },
  ]),
  kpi("2024-H-1", [{ kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30") }]),
]);

let dir: string;
let registerPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-validate-"));
  registerPath = join(dir, "register.json");
  writeFileSync(registerPath, JSON.stringify(REGISTER));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const CSV = [
  "Reported status,KPI ID,Actual,Completed on,Latest progress",
  "Task completed.,2024-F-1,,20/3/2024,Done.",
  ",2024-E-1,200,,",
  ',2024-D-1,"50; 190",,',
  ",2024-Z-1,1,,",
  ",2024-G-1,seven hundred,,",
].join("\n");

describe("kpi-tracker", () => {
  test("--help works with no build step", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["validate", "annex", "workbook"]) expect(stdout).toContain(command);
  });

  test("an unknown command exits 2", () => {
    const { code, stderr } = cli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  test.each(["toString", "__proto__", "constructor", "hasOwnProperty"])(
    "the unknown command %s gets the usage line, not a crash",
    (name) => {
      const { code, stdout, stderr } = cli([name]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(`unknown command "${name}"`);
      expect(stderr).toContain("Usage: kpi-tracker <command>");
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  test("validate --help", () => {
    const { code, stdout } = cli(["validate", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--as-at YYYY-MM-DD");
  });
});

describe("kpi-tracker validate on CSV", () => {
  test("json: one object per row, in input order", () => {
    const csv = file("progress.csv", CSV);
    const { code, stdout, stderr } = cli([
      "validate",
      csv,
      "--as-at",
      "2024-10-31",
      "--register",
      registerPath,
      "--format",
      "json",
    ]);
    expect(stderr).toBe(
      `kpi-tracker validate: warning: ${csv}: row 5 is not used: KPI ID "2024-Z-1" is not in the 2024 register\n`,
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["2024-F-1", "completed"],
      ["2024-E-1", "off-track"],
      ["2024-D-1", "off-track"],
      ["2024-Z-1", "invalid"],
      ["2024-G-1", "invalid"],
    ]);
    expect(rows[1]).toMatchObject({
      expected: 625,
      actual: 200,
      reasons: [
        "200 of 750 proactive inspections as at 31 Oct 2024; about 625 expected by now (deadline 31 Dec 2024)",
      ],
    });
    expect(rows[2]).toMatchObject({ expected: [83.33, 166.67], actual: [50, 190] });
    expect(rows[0]).toMatchObject({ expected: null, actual: null, reasons: [] });
    expect(rows[4].reasons).toEqual(['Actual: "seven hundred" is not a number — write digits, e.g. 700']);
  });

  test("table: aligned columns and a count per status", () => {
    const csv = file("progress-table.csv", CSV);
    const { code, stdout } = cli(["validate", csv, "--as-at", "2024-10-31", "--register", registerPath]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID\s+Status\s+Expected\s+Actual\s+Reason$/);
    const statusColumn = lines[0].indexOf("Status");
    expect(lines[2].slice(statusColumn)).toMatch(/^completed /);
    expect(lines[3].slice(statusColumn)).toMatch(/^off-track /);
    expect(stdout).toMatch(/^completed\s+1$/m);
    expect(stdout).toMatch(/^off-track\s+2$/m);
    expect(stdout).toMatch(/^invalid\s+2$/m);
    expect(stdout).toMatch(/^total\s+5$/m);
    for (const status of STATUSES) expect(stdout).toMatch(new RegExp(`^${status}\\s+\\d+$`, "m"));
  });

  test("a KPI's second row is flagged, not silently validated beside the first", () => {
    const csv = file("repeated.csv", "KPI ID,Actual\n2024-E-1,200\n2024-G-1,110\n2024-E-1,700\n");
    const rows = JSON.parse(
      cli(["validate", csv, "--as-at", "2024-10-31", "--register", registerPath, "--format", "json"]).stdout,
    );
    expect(rows.map((r: { status: string }) => r.status)).toEqual(["off-track", "on-track", "invalid"]);
    expect(rows[2].reasons).toEqual([
      "KPI ID: 2024-E-1 already has a row above (entry 1); keep one row per KPI",
    ]);
  });

  test("every row not used is named on stderr: unknown, lower-case, mistyped, a second copy, no ID", () => {
    const csv = file(
      "unused.csv",
      "KPI ID,Actual,Progress\n2024-E-1,200,\n2024-e-1,300,\n2024-G-01,5,\n2024-E-1,700,\n,9,\n",
    );
    const { code, stderr } = cli(["validate", csv, "--as-at", "2024-10-31", "--register", registerPath]);
    expect(code).toBe(0);
    const warning = `kpi-tracker validate: warning: ${csv}: `;
    expect(stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/column C "Progress" is not read/),
      `${warning}row 6 is not used: it has entries but no KPI ID`,
      `${warning}row 3 is not used: KPI ID "2024-e-1" is not in the 2024 register; did you mean 2024-E-1?`,
      `${warning}row 4 is not used: KPI ID "2024-G-01" is not in the 2024 register; did you mean 2024-G-1?`,
      `${warning}row 5 is not used: a second row for 2024-E-1; only the first is used (first on row 2)`,
    ]);
  });

  test("a file whose only recognised column is the ID exits 2", () => {
    const csv = file("id-only.csv", "KPI ID,Actual value\n2024-E-1,200\n");
    const { code, stdout, stderr } = cli([
      "validate",
      csv,
      "--as-at",
      "2024-10-31",
      "--register",
      registerPath,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/has an ID column but no entry column \(found Actual value\)/);
  });

  test("a register file with a UTF-8 byte-order mark is read", () => {
    const bom = file("bom-register.json", `\uFEFF${JSON.stringify(REGISTER)}`);
    const csv = file("bom.csv", "\uFEFFKPI ID,Actual\n2024-E-1,700\n");
    const { code, stdout, stderr } = cli([
      "validate",
      csv,
      "--as-at",
      "2024-10-31",
      "--register",
      bom,
      "--format",
      "json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ id: "2024-E-1", status: "on-track" });
  });

  test("a looser tolerance changes the verdict", () => {
    const csv = file("tolerance.csv", "ID,Actual\n2024-E-1,540\n");
    const strict = JSON.parse(
      cli(["validate", csv, "--as-at", "2024-10-31", "--register", registerPath, "--format", "json"]).stdout,
    );
    const loose = JSON.parse(
      cli([
        "validate",
        csv,
        "--as-at",
        "2024-10-31",
        "--register",
        registerPath,
        "--format",
        "json",
        "--tolerance",
        "0.2",
      ]).stdout,
    );
    expect(strict[0].status).toBe("off-track");
    expect(loose[0].status).toBe("on-track");
  });

  test("the default register is seeds/kpis-2023.json", () => {
    const csv = file("default.csv", "KPI ID,Actual\n2023-E-1,200\n2024-E-1,1\n");
    const { code, stdout } = cli(["validate", csv, "--as-at", "2024-10-31", "--format", "json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows[0].status).toBe("off-track");
    expect(rows[1].status).toBe("invalid");
  });
});

describe("kpi-tracker validate on xlsx", () => {
  test("reads the tracking table below a title and an as-at row, with typed numbers, dates and formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["This sheet has no table"]);
    const sheet = workbook.addWorksheet("Tracking");
    sheet.addRow(["KPI Tracker — Security Bureau 2024"]);
    sheet.addRow(["As at", "31 October 2024"]);
    sheet.addRow([]);
    sheet.addRow([
      "ID",
      "Area",
      "KPI",
      "Actual",
      "Completed on",
      "Reported status",
      "Latest progress",
      "Status",
    ]);
    sheet.addRow(["2024-E-1", "I", "750 inspections", 700, null, null, "Going well", null]);
    sheet.addRow([
      "2024-F-1",
      "I",
      "Milestone",
      null,
      new Date(Date.UTC(2024, 2, 20)),
      "Task completed.",
      null,
      null,
    ]);
    sheet.addRow(["2024-D-1", "I", "Sessions", "90; 150", null, null, null, null]);
    sheet.addRow([]);
    sheet.addRow(["2024-G-1", "I", "formula", { formula: "A1+1", result: 2 }, null, null, null, null]);
    sheet.addRow(["2024-H-1", "I", "serial date", null, 45371, null, null, null]);
    const path = join(dir, "tracking.xlsx");
    await workbook.xlsx.writeFile(path);

    const { code, stdout, stderr } = cli([
      "validate",
      path,
      "--as-at",
      "2024-10-31",
      "--register",
      registerPath,
      "--format",
      "json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ id: string; status: string; reasons: string[] }>;
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["2024-E-1", "on-track"],
      ["2024-F-1", "completed"],
      ["2024-D-1", "on-track"],
      ["2024-G-1", "invalid"],
      ["2024-H-1", "completed"],
    ]);
    expect(rows[3].reasons[0]).toContain("is a formula");
  });

  test("a workbook with no ID column exits 2", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["Name", "Value"]);
    const path = join(dir, "no-table.xlsx");
    await workbook.xlsx.writeFile(path);
    const { code, stderr } = cli(["validate", path, "--as-at", "2024-10-31", "--register", registerPath]);
    expect(code).toBe(2);
    expect(stderr).toContain("no worksheet has a header row");
  });
});

describe("kpi-tracker validate exits 2 with a one-line message", () => {
  const cases: Array<[string, () => string[], string]> = [
    [
      "a missing file",
      () => ["validate", join(dir, "nope.csv"), "--as-at", "2024-10-31", "--register", registerPath],
      "no such file",
    ],
    [
      "a bad date",
      () => ["validate", file("a.csv", CSV), "--as-at", "2024-02-30", "--register", registerPath],
      "not a real date",
    ],
    [
      "no --as-at",
      () => ["validate", file("b.csv", CSV), "--register", registerPath],
      "--as-at YYYY-MM-DD is required",
    ],
    [
      "an unknown flag",
      () => ["validate", file("c.csv", CSV), "--as-at", "2024-10-31", "--colour"],
      "unknown flag --colour",
    ],
    [
      "a bad tolerance",
      () => ["validate", file("d.csv", CSV), "--as-at", "2024-10-31", "--tolerance", "ten"],
      "--tolerance",
    ],
    [
      "a hexadecimal tolerance",
      () => ["validate", file("d2.csv", CSV), "--as-at", "2024-10-31", "--tolerance", "0x1"],
      '--tolerance "0x1" must be a number from 0 to 1',
    ],
    [
      "an empty tolerance",
      () => ["validate", file("d3.csv", CSV), "--as-at", "2024-10-31", "--tolerance", ""],
      '--tolerance "" must be a number from 0 to 1',
    ],
    [
      "a tolerance in exponent form",
      () => ["validate", file("d4.csv", CSV), "--as-at", "2024-10-31", "--tolerance", "1e-1"],
      '--tolerance "1e-1"',
    ],
    [
      "a bad format",
      () => ["validate", file("e.csv", CSV), "--as-at", "2024-10-31", "--format", "xml"],
      "--format",
    ],
    ["no file", () => ["validate", "--as-at", "2024-10-31"], "give one progress file"],
    [
      "not csv or xlsx",
      () => ["validate", file("f.txt", CSV), "--as-at", "2024-10-31"],
      "expected a .csv or .xlsx file",
    ],
    [
      "malformed CSV",
      () => [
        "validate",
        file("g.csv", 'KPI ID,Actual\n2024-E-1,"unclosed\n'),
        "--as-at",
        "2024-10-31",
        "--register",
        registerPath,
      ],
      "malformed CSV",
    ],
    [
      "a CSV with no ID column",
      () => [
        "validate",
        file("h.csv", "Name,Actual\nx,1\n"),
        "--as-at",
        "2024-10-31",
        "--register",
        registerPath,
      ],
      "no header row",
    ],
    [
      "a register that fails loadRegister",
      () => [
        "validate",
        file("i.csv", CSV),
        "--as-at",
        "2024-10-31",
        "--register",
        file("bad-register.json", '{"schemaVersion": 2}'),
      ],
      "is not a valid register",
    ],
    [
      "a register file over 5 MB",
      () => [
        "validate",
        file("l.csv", CSV),
        "--as-at",
        "2024-10-31",
        "--register",
        file("huge.json", " ".repeat(5 * 1024 * 1024 + 1)),
      ],
      "is 5.0 MB; a register file may be at most 5 MB",
    ],
    [
      "a register that is not JSON",
      () => ["validate", file("j.csv", CSV), "--as-at", "2024-10-31", "--register", file("r.json", "{")],
      "not valid JSON",
    ],
    [
      "an xlsx whose parts would inflate past the limit",
      () => {
        const bomb = join(dir, "bomb.xlsx");
        writeFileSync(
          bomb,
          zipPackage([
            {
              name: "xl/worksheets/sheet1.xml",
              deflated: deflatedSpaces(400),
              declaredSize: 400 * 1024 * 1024,
            },
          ]),
        );
        return ["validate", bomb, "--as-at", "2024-10-31", "--register", registerPath];
      },
      "refused, its parts would inflate to 400 MB, over the 100 MB limit",
    ],
    [
      "a corrupt xlsx",
      () => ["validate", file("k.xlsx", "not a zip"), "--as-at", "2024-10-31", "--register", registerPath],
      "not a readable xlsx",
    ],
  ];

  test.each(cases)("%s", (_name, args, expected) => {
    const { code, stdout, stderr } = cli(args());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
