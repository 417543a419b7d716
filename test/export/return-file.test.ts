import { columnIndex } from "../../src/core/tracking/columns";
import { TRACKING_SHEET } from "../../src/core/tracking/sheet-layout";
import { EN, type Catalogue } from "../../src/core/language/catalogue/en";
import { ZH_HK } from "../../src/core/language/catalogue/zh-hk";
import { messageIn } from "../../src/core/language/catalogue-message";
import { translatorFor } from "../../src/core/language/translate";
import { readReturnFile, type ReturnReading } from "../../src/export/return-file";
import { trackerWorkbook } from "../../src/export/tracker-workbook";
import { loadSeed } from "../core/register/seed-files";

const AT = "2026-11-27T09:05:00.000Z";
const text = (csv: string) => new TextEncoder().encode(csv);

/** A reading with its reason in words, in the catalogue given. */
function inWords(reading: ReturnReading, catalogue: Catalogue = EN): object {
  const t = translatorFor(catalogue);
  return reading.ok
    ? { ...reading, warnings: reading.warnings.map((warning) => messageIn(t, warning)) }
    : { ...reading, error: messageIn(t, reading.error) };
}

describe("readReturnFile", () => {
  it("reads a CSV in the progress format, with each entry's row, and takes the department from the name", async () => {
    const csv = "KPI ID,Actual,Latest progress\r\n2022-F-3,about 900,Sets delivered.\r\n\r\n2022-F-4,,\r\n";
    const read = await readReturnFile(text(csv), "returns C&ED.csv", AT);
    expect(read).toEqual({
      ok: true,
      warnings: [],
      return: {
        source: "returns C&ED.csv",
        department: "C&ED",
        receivedAt: AT,
        entries: [
          {
            id: "2022-F-3",
            actual: "about 900",
            completedOn: null,
            reportedStatus: null,
            latestProgress: "Sets delivered.",
            row: 2,
          },
          { id: "2022-F-4", actual: "", completedOn: null, reportedStatus: null, latestProgress: "", row: 4 },
        ],
      },
    });
  });

  it("reads a department's tracking workbook sent back, and knows the department from the workbook itself", async () => {
    const workbook = await trackerWorkbook(loadSeed(2022), { departments: ["GFS"] });
    const sheet = workbook.worksheets[0];
    const first = TRACKING_SHEET.firstDataRow;
    expect(sheet.getCell(first, columnIndex("id") + 1).value).toBe("2022-F-1");
    sheet.getCell(first, columnIndex("actual") + 1).value = "20; 3";
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    // The name says nothing; the workbook's subject does.
    const read = await readReturnFile(bytes, "reply (2).xlsx", AT);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.return.department).toBe("GFS");
    expect(read.return.entries.find((entry) => entry.id === "2022-F-1")).toMatchObject({
      actual: "20; 3",
      row: first,
    });
  });

  it("says why a file cannot be read, without throwing", async () => {
    expect(inWords(await readReturnFile(text("not a zip"), "FSD.xlsx", AT))).toEqual({
      ok: false,
      source: "FSD.xlsx",
      error: expect.stringMatching(/^not a readable xlsx workbook/),
    });
    expect(inWords(await readReturnFile(text("a,b\r\n1,2\r\n"), "FSD.csv", AT))).toEqual({
      ok: false,
      source: "FSD.csv",
      error: 'no header row with a "KPI ID" or "ID" column',
    });
    expect(inWords(await readReturnFile(text(""), "FSD.docx", AT), ZH_HK)).toMatchObject({
      error: "檔案須為 CSV 或 XLSX 格式",
    });
    expect(inWords(await readReturnFile(text(""), "FSD.docx", AT))).toEqual({
      ok: false,
      source: "FSD.docx",
      error: "expected a .csv or .xlsx file",
    });
  });

  it("takes no department from a name that holds none, or several", async () => {
    const csv = text("ID,Actual\r\n2022-F-3,1\r\n");
    for (const name of ["returns.csv", "FSD and GFS.csv", "FSDX.csv"]) {
      const read = await readReturnFile(csv, name, AT);
      expect(read.ok && read.return.department).toBeNull();
    }
  });
});

describe("the workbook for one department", () => {
  it("carries the department in its subject; a workbook for several does not", async () => {
    const one = await trackerWorkbook(loadSeed(2022), { departments: ["FSD"] });
    const two = await trackerWorkbook(loadSeed(2022), { departments: ["FSD", "GFS"] });
    expect(one.subject).toBe("KPI return from FSD");
    expect(two.subject ?? "").toBe("");
  });
});
