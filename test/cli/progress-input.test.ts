/** The progress file reader: what it reads, and that it says what it leaves out. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cliTranslator } from "../../src/cli/cli-language";
import {
  HEADER_SEARCH_ROWS,
  readProgressFile as readInEnglish,
  type ProgressFile,
} from "../../src/cli/progress-input";
import { messageIn } from "../../src/core/language/catalogue-message";

const readProgressFile = (path: string) => readInEnglish(path, cliTranslator("en"));
const warningsOf = (file: ProgressFile): string[] =>
  file.warnings.map((warning) => messageIn(cliTranslator("en"), warning));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readProgressFile", () => {
  test("unrecognised headers are named with their column, and their cells are not read", async () => {
    const file = await readProgressFile(
      csv("headers.csv", "KPI ID,Actual value,Progress,Area,Actual\n2023-E-1,600,Going well,I,590\n"),
    );
    expect(file.entries).toEqual([
      { kpiId: "2023-E-1", actual: "590", completedOn: null, reportedStatus: null, latestProgress: null },
    ]);
    expect(warningsOf(file)).toEqual([
      expect.stringMatching(
        /^column B "Actual value" is not read; the columns read are KPI ID \(or ID\), Actual,/,
      ),
      expect.stringMatching(/^column C "Progress" is not read;/),
    ]);
  });

  test("a second column with a read name is named, not silently ignored", async () => {
    const file = await readProgressFile(csv("twice.csv", "ID,Actual,Actual\n2023-E-1,600,610\n"));
    expect(file.entries[0].actual).toBe("600");
    expect(warningsOf(file)).toEqual([
      expect.stringMatching(/^column C "Actual" is not read \(a second column/),
    ]);
  });

  test("an input whose only recognised column is the ID is refused", async () => {
    await expect(
      readProgressFile(csv("id-only.csv", "KPI ID,Actual value,Progress\n2023-E-1,600,Going well\n")),
    ).rejects.toThrow(
      /id-only\.csv: the header row \(row 1\) has an ID column but no entry column \(found Actual value, Progress\)/,
    );
  });

  test("with --lang zh-HK the refusal is in Chinese", async () => {
    const path = csv("id-only-zh.csv", "KPI ID,Progress\n2023-E-1,Going well\n");
    await expect(readInEnglish(path, cliTranslator("zh-HK"))).rejects.toThrow(
      "標題列（第 1 列）有 ID 欄，但沒有填報欄（找到 Progress）",
    );
  });

  test("rows keep their file row numbers, and a row with entries but no ID is named", async () => {
    const file = await readProgressFile(
      csv("rows.csv", 'KPI ID,Actual,Latest progress\n\n2023-E-1,600,"two\nlines"\n,700,\n,,\n2023-E-2,5,\n'),
    );
    expect(file.entries.map((entry) => entry.kpiId)).toEqual(["2023-E-1", "2023-E-2"]);
    expect(file.rowNumbers).toEqual([3, 6]);
    expect(warningsOf(file)).toEqual(["row 4 is not used: it has entries but no KPI ID"]);
  });

  test("a header below the rows searched is named with its row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Returns");
    for (let i = 0; i < HEADER_SEARCH_ROWS + 5; i++) sheet.addRow([`note ${i + 1}`]);
    sheet.addRow(["KPI ID", "Actual"]);
    sheet.addRow(["2023-E-1", 600]);
    const path = join(dir, "deep.xlsx");
    await workbook.xlsx.writeFile(path);
    await expect(readProgressFile(path)).rejects.toThrow(
      `deep.xlsx: sheet "Returns": the header row ("KPI ID") is on row ${HEADER_SEARCH_ROWS + 6}, but only the first ${HEADER_SEARCH_ROWS} rows are searched`,
    );
  });

  test("xlsx warnings name the sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("FSD");
    sheet.addRow(["ID", "Actual", "Remarks"]);
    sheet.addRow(["2023-E-1", 600, "checked"]);
    const path = join(dir, "remarks.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(warningsOf(await readProgressFile(path))).toEqual([
      expect.stringMatching(/^sheet "FSD": column C "Remarks" is not read/),
    ]);
  });
});
