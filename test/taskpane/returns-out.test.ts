import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { TRACKING_SHEET, trackingSheetName } from "../../src/core/tracking/sheet-layout";
import { columnIndex } from "../../src/core/tracking/columns";
import {
  allReturnsZip,
  departmentReturn,
  returnDepartments,
  returnFileName,
} from "../../src/taskpane/returns/returns-out";
import { seedRegister } from "../excel/helpers";

jest.setTimeout(30_000);

async function idsIn(bytes: Uint8Array, year: number): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(trackingSheetName(year))!;
  const ids: string[] = [];
  for (let row = TRACKING_SHEET.firstDataRow; ; row++) {
    const value = sheet.getCell(row, columnIndex("id") + 1).value;
    if (value === null || value === "") return ids;
    ids.push(String(value));
  }
}

describe("returns out", () => {
  const register2022 = seedRegister(2022);

  it("lists each department with KPIs once, a shared KPI's departments included", () => {
    expect(returnDepartments(register2022).sort()).toEqual(
      ["SB", "ImmD", "FSD", "CSD", "HKPF", "C&ED", "TCAB", "GFS"].sort(),
    );
  });

  it("gives a department only its KPIs, and a KPI shared by FSD and GFS to both", async () => {
    const shared = register2022.areas
      .flatMap((a) => a.measures.flatMap((m) => m.kpis))
      .filter((k) => k.departments.includes("GFS"));
    expect(shared.map((k) => k.departments.length).sort()).toEqual([1, 2]);
    const sharedId = shared.find((k) => k.departments.length === 2)!.id;

    const gfs = await departmentReturn(register2022, "GFS", "2023-09-30");
    expect(gfs.fileName).toBe("kpi-return-2022-GFS.xlsx");
    expect((await idsIn(gfs.bytes, 2022)).sort()).toEqual(shared.map((k) => k.id).sort());

    const fsd = await idsIn((await departmentReturn(register2022, "FSD", "2023-09-30")).bytes, 2022);
    expect(fsd).toHaveLength(8);
    expect(fsd).toContain(sharedId);
  });

  it("puts every department's return in one zip, each readable as a workbook", async () => {
    const { files, zip } = await allReturnsZip(register2022, "2023-09-30");
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.fileName).sort());
    expect(Object.keys(entries)).toContain("kpi-return-2022-C&ED.xlsx");
    const total = await Promise.all(Object.values(entries).map((bytes) => idsIn(bytes, 2022)));
    // 47 KPIs, one of them in two returns.
    expect(total.flat()).toHaveLength(48);
  });

  it("names the department in the file name, as Collect returns reads it back", () => {
    expect(returnFileName(2023, "C&ED")).toBe("kpi-return-2023-C&ED.xlsx");
  });
});
