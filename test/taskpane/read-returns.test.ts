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
    expect(read.unreadable[0].reason).toBe("expected a .csv or .xlsx file");
    expect(read.unreadable[1].reason).not.toBe("");
  });
});
