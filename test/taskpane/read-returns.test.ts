import { EN } from "../../src/core/language/catalogue/en";
import { ZH_HK } from "../../src/core/language/catalogue/zh-hk";
import { translatorFor } from "../../src/core/language/translate";
import { wordsIn } from "../../src/taskpane/pane-state";
import { readReturns } from "../../src/taskpane/returns/read-returns";

const csv = (name: string, text: string) =>
  new File([text], name, { lastModified: Date.UTC(2024, 6, 1, 9, 30) });

describe("reading returns in the pane", () => {
  it("reads each readable file and names every other one with its reason", async () => {
    const read = await readReturns([
      csv("kpi-return-2023-FSD.csv", "KPI ID,Actual,Latest progress\n2023-D-1,40000,On schedule\n"),
      csv("minutes.docx", "not a return"),
      csv("kpi-return-2023-SB.xlsx", "not a zip at all"),
    ]);
    expect(read.returns).toEqual([
      {
        source: "kpi-return-2023-FSD.csv",
        department: "FSD",
        receivedAt: "2024-07-01T09:30:00.000Z",
        entries: [
          expect.objectContaining({ id: "2023-D-1", actual: "40000", latestProgress: "On schedule" }),
        ],
      },
    ]);
    expect(read.unreadable.map((file) => file.fileName)).toEqual(["minutes.docx", "kpi-return-2023-SB.xlsx"]);
    const [docx, damaged] = read.unreadable.map((file) => wordsIn(translatorFor(EN), file.reason));
    expect(docx).toBe("expected a .csv or .xlsx file");
    expect(damaged).toMatch(/^not a readable xlsx workbook/);
    expect(wordsIn(translatorFor(ZH_HK), read.unreadable[0].reason)).toBe("檔案須為 CSV 或 XLSX 格式");
  });
});
