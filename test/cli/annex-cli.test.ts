import { LAST_TRACKING_COLUMN_LETTER } from "../../src/core/tracking/sheet-layout";
/** The annex and workbook commands, run as a user runs them: node src/cli/bin.cjs in a child process. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cliTranslator } from "../../src/cli/cli-language";
import { readProgressFile } from "../../src/cli/progress-input";
import { TRACKING_COLUMNS, columnIndex } from "../../src/core/tracking/columns";
import { TRACKING_SHEET, trackingSheetName, trackingTableName } from "../../src/core/tracking/sheet-layout";
import { decodeXml, readPart, wordParagraphs } from "../export/zip";
import { ROOT, runCli, type CliRun } from "./run-cli";

jest.setTimeout(60_000);

const root = ROOT;
const register2023 = path.join(root, "seeds/kpis-2023.json");
const register2022 = path.join(root, "seeds/kpis-2022.json");

const cli = (...args: string[]): Promise<CliRun> => runCli(dir, ...args);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-annex-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kpi-tracker annex", () => {
  it("writes the KPI list of the 2023 register as Word, with the paper's title and headers", async () => {
    const out = path.join(dir, "list.docx");
    const { code, stdout } = await cli("annex", "--register", register2023, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kpi-list, \d+ KPIs/);
    const paragraphs = wordParagraphs(await readPart(await readFile(out), "word/document.xml"));
    expect(paragraphs[0]).toMatch(/^Key Performance Indicators .*\(2023\)$/);
    expect(paragraphs.slice(1, 3)).toEqual(["Measures", "KPIs"]);
  });

  it("reports progress from a CSV: proposed phrase first, the officer's narrative after, as-at in the header", async () => {
    const csv = path.join(dir, "progress.csv");
    await writeFile(
      csv,
      [
        "KPI ID,Actual,Completed on,Reported status,Latest progress",
        '2023-E-1,600,,,"The FSD conducted 600 inspections.\nMore are planned for October 2024."',
        '2023-F-1,,2023-12-15,,"=HYPERLINK(""http://example.invalid"",""x"")"',
      ].join("\n"),
    );
    const out = path.join(dir, "progress.docx");
    const { code, stderr } = await cli(
      "annex",
      csv,
      "--register",
      register2023,
      "--as-at",
      "2024-09-30",
      "--out",
      out,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const xml = await readPart(await readFile(out), "word/document.xml");
    const paragraphs = wordParagraphs(xml);
    expect(paragraphs).toContain("Latest Progress (as at 30 September 2024)");
    const narrative = paragraphs.indexOf("The FSD conducted 600 inspections.");
    expect(narrative).toBeGreaterThan(0);
    expect(paragraphs[narrative - 1]).toMatch(
      /^(Task on track\.|Working towards the target\.|Task delayed\.)$/,
    );
    expect(paragraphs[narrative + 1]).toBe("More are planned for October 2024.");
    expect(paragraphs).toContain('=HYPERLINK("http://example.invalid","x")');
    expect(xml).not.toMatch(/<w:instrText|<w:fldSimple/);
  });

  it("names on stderr the rows that do not reach the annex", async () => {
    const csv = path.join(dir, "unused.csv");
    await writeFile(
      csv,
      "KPI ID,Actual,Latest progress\n2023-e-1,600,Typed in lower case\n2023-E-1,600,First\n2023-E-1,610,Second\n",
    );
    const out = path.join(dir, "unused.html");
    const { code, stderr } = await cli(
      "annex",
      csv,
      "--register",
      register2023,
      "--as-at",
      "2024-09-30",
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(stderr.trimEnd().split("\n")).toEqual([
      `kpi-tracker annex: warning: ${csv}: row 2 is not used: KPI ID "2023-e-1" is not in the 2023 register; did you mean 2023-E-1?`,
      `kpi-tracker annex: warning: ${csv}: row 4 is not used: a second row for 2023-E-1; only the first is used (first on row 3)`,
    ]);
    const html = await readFile(out, "utf8");
    expect(html).toContain("First");
    expect(html).not.toContain("Second");
  });

  it("regenerates Annex I (the paper's own progress) as xlsx with no formula cells", async () => {
    const out = path.join(dir, "annex-i.xlsx");
    const { code } = await cli("annex", "--register", register2022, "--out", out);
    expect(code).toBe(0);
    const bytes = await readFile(out);
    const sheet = await readPart(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/<f[ >]/);
    const strings = decodeXml(await readPart(bytes, "xl/sharedStrings.xml"));
    expect(strings).toContain("Latest Progress (as at 30 September 2023)");
    expect(strings).toContain("Task completed.");
  });

  it("writes HTML", async () => {
    const out = path.join(dir, "annex.html");
    expect((await cli("annex", "--register", register2023, "--layout", "kpi-list", "--out", out)).code).toBe(
      0,
    );
    expect(await readFile(out, "utf8")).toContain('<th scope="col">KPIs</th>');
  });

  it.each([
    [["--register", register2023, "--out", "annex.pdf"], /--out must end in .docx, .xlsx or .html/],
    [
      ["--register", register2023, "--out", "a.docx", "--layout", "wide"],
      /--layout must be kpi-list or progress-report/,
    ],
    [["--register", register2023, "--out", "a.docx", "--as-at", "2024-02-30"], /--as-at must be a date/],
    [["--register", register2023, "--out", "a.docx", "--layout", "progress-report"], /--as-at is required/],
    [["--register", path.join(root, "missing.json"), "--out", "a.docx"], /no such file/],
    [["missing.csv", "--register", register2023, "--as-at", "2024-09-30", "--out", "a.docx"], /no such file/],
    [["--register", register2023, "--out", "a.docx", "--frobnicate"], /frobnicate/],
    [["--register", register2023, "--out", "a.docx", "--tolerance", "0x1"], /--tolerance "0x1" must be/],
    [["--register", register2023, "--out", "a.docx", "--tolerance", ""], /--tolerance "" must be/],
  ])("exits 2 with one line for bad input %#", async (args, message) => {
    const { code, stderr } = await cli("annex", ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("kpi-tracker workbook", () => {
  it("writes the tracking table for one department, which validate reads back once filled in", async () => {
    const out = path.join(dir, "fsd.xlsx");
    const { code } = await cli(
      "workbook",
      "--register",
      register2023,
      "--department",
      "FSD",
      "--as-at",
      "2024-09-30",
      "--out",
      out,
    );
    expect(code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(trackingSheetName(2023))!;
    // The table's name and extent (header row 4, FSD's 14 KPIs below it), as ExcelJS reads them back.
    const { table } = sheet.getTable(trackingTableName(2023)) as unknown as {
      table: { name: string; tableRef: string };
    };
    expect({ name: table.name, tableRef: table.tableRef }).toEqual({
      name: "KpiTracker2023",
      tableRef: `A4:${LAST_TRACKING_COLUMN_LETTER}18`,
    });
    const header = TRACKING_COLUMNS.map(
      (_, i) => sheet.getRow(TRACKING_SHEET.headerRow).getCell(i + 1).value,
    );
    expect(header).toEqual(TRACKING_COLUMNS.map((column) => column.header));

    const idColumn = columnIndex("id") + 1;
    const departmentColumn = columnIndex("department") + 1;
    const ids: string[] = [];
    for (let row = TRACKING_SHEET.firstDataRow; sheet.getCell(row, idColumn).value; row++) {
      ids.push(String(sheet.getCell(row, idColumn).value));
      expect(String(sheet.getCell(row, departmentColumn).value)).toContain("FSD");
    }
    // The 2023 register's KPIs naming FSD, in register order (seeds/kpis-2023.json).
    expect(ids).toEqual([
      "2023-C-2",
      "2023-C-3",
      "2023-C-4",
      "2023-D-1",
      "2023-D-2",
      "2023-E-1",
      "2023-F-1",
      "2023-M-5",
      "2023-M-6",
      "2023-Q-3",
      "2023-S-1",
      "2023-S-2",
      "2023-S-3",
      "2023-S-4",
    ]);

    // An officer fills in Actual and Latest progress, as they would in Excel.
    ids.forEach((id, index) => {
      const row = TRACKING_SHEET.firstDataRow + index;
      sheet.getCell(row, columnIndex("actual") + 1).value = 100 + index;
      sheet.getCell(row, columnIndex("latestProgress") + 1).value = `Progress on ${id}`;
    });
    const filled = path.join(dir, "fsd-filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { entries } = await readProgressFile(filled, cliTranslator("en"));
    expect(entries.map((entry) => entry.kpiId)).toEqual(ids);
    expect(entries.map((entry) => entry.actual)).toEqual(ids.map((_, index) => 100 + index));
    expect(entries.map((entry) => entry.latestProgress)).toEqual(ids.map((id) => `Progress on ${id}`));

    const validated = await cli("validate", filled, "--register", register2023, "--as-at", "2024-09-30");
    expect(validated.code).toBe(0);
  });

  it("locks everything but the entry columns, validates entries and tints rows by status", async () => {
    const out = path.join(dir, "all.xlsx");
    expect((await cli("workbook", "--register", register2023, "--out", out)).code).toBe(0);
    const xml = await readPart(await readFile(out), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="J5/);
    expect(xml).toMatch(/<dataValidation [^>]*type="date"[^>]*sqref="I5/);
    expect(decodeXml(xml)).toContain('<formula>$M5="overdue"</formula>');
    expect(xml).not.toMatch(/<f[ >]/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(trackingSheetName(2023))!;
    const row = TRACKING_SHEET.firstDataRow;
    expect(sheet.getCell(row, columnIndex("actual") + 1).protection?.locked).toBe(false);
    expect(sheet.getCell(row, columnIndex("latestProgress") + 1).protection?.locked).toBe(false);
    // Locked is Excel's default, so exceljs reads it back as absent rather than true.
    expect(sheet.getCell(row, columnIndex("kpi") + 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(row, columnIndex("status") + 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(row, columnIndex("actual") + 1).dataValidation?.prompt).toMatch(
      /Figure achieved so far/,
    );
  });

  it.each([
    [["--register", register2023, "--out", "t.csv"], /--out must end in .xlsx/],
    [["--register", register2023, "--department", "NOPE", "--out", "t.xlsx"], /unknown department "NOPE"/],
    [["--register", register2023], /--out is required/],
  ])("exits 2 with one line for bad input %#", async (args, message) => {
    const { code, stderr } = await cli("workbook", ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
