/**
 * Limits Excel documents and the double enforces (each rule's source is cited where the double applies
 * it). Every case writes one step past the limit and expects Excel's refusal, and one step inside it.
 */
import { createExcelDouble, installExcelDouble, type ExcelDouble } from "./install";

function fresh(): ExcelDouble {
  const double = createExcelDouble();
  installExcelDouble(double);
  return double;
}

/** Runs one batch on Sheet1 and returns the error code it failed with, or "ok". */
async function outcome(batch: (sheet: Excel.Worksheet) => void): Promise<string> {
  try {
    await Excel.run(async (context) => {
      batch(context.workbook.worksheets.getItem("Sheet1"));
      await context.sync();
    });
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("the double refuses what Excel documents as invalid", () => {
  beforeEach(() => fresh());

  it("takes one kind per data validation rule", async () => {
    const list = { list: { inCellDropDown: true, source: "a,b" } };
    const both = { ...list, custom: { formula: "=TRUE" } };
    expect(await outcome((sheet) => (sheet.getRange("A1:A3").dataValidation.rule = list))).toBe("ok");
    expect(await outcome((sheet) => (sheet.getRange("A1:A3").dataValidation.rule = both))).toBe(
      "InvalidArgument",
    );
  });

  it("limits an error alert to a 32-character title and a 224-character message", async () => {
    const alert = (title: number, message: number) => (sheet: Excel.Worksheet) => {
      sheet.getRange("A1").dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "t".repeat(title),
        message: "m".repeat(message),
      };
    };
    expect(await outcome(alert(32, 224))).toBe("ok");
    expect(await outcome(alert(33, 10))).toBe("InvalidArgument");
    expect(await outcome(alert(10, 225))).toBe("InvalidArgument");
  });

  it("limits a sheet name to 31 characters", async () => {
    expect(await outcome((sheet) => sheet.context.workbook.worksheets.add("s".repeat(31)))).toBe("ok");
    expect(await outcome((sheet) => sheet.context.workbook.worksheets.add("t".repeat(32)))).toBe(
      "InvalidArgument",
    );
    expect(await outcome((sheet) => (sheet.name = "u".repeat(32)))).toBe("InvalidArgument");
  });

  it("resizes a table only with its header row where it was", async () => {
    expect(await outcome((sheet) => sheet.tables.add("A1:B3", true))).toBe("ok");
    expect(await outcome((sheet) => sheet.tables.getItem("Table1").resize("A1:C5"))).toBe("ok");
    expect(await outcome((sheet) => sheet.tables.getItem("Table1").resize("A2:C5"))).toBe("InvalidArgument");
  });

  it("reads a format property as null over cells that differ", async () => {
    let mixed: boolean | null = false;
    let uniform: boolean | null = false;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.protection.locked = false;
      const both = sheet.getRange("A1:A2").format.protection.load("locked");
      const one = sheet.getRange("A1").format.protection.load("locked");
      await context.sync();
      mixed = both.locked;
      uniform = one.locked;
    });
    expect(mixed).toBeNull();
    expect(uniform).toBe(false);
  });
});
