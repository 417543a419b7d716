/**
 * The double reads strings written through `range.values` the way Excel does, so an adapter that writes
 * text into General cells fails here as it would in Excel. Expected values are Excel's, worked out by hand.
 */
import { createExcelDouble, installExcelDouble } from "./install";
import type { CellModel } from "./model";

type Written = Pick<CellModel, "value" | "formula" | "numberFormat">;

/** Writes each string into its own cell of a fresh sheet, after giving the cells `format` when set. */
async function write(strings: string[], format?: string): Promise<Written[]> {
  const double = createExcelDouble();
  installExcelDouble(double);
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, strings.length, 1);
    if (format) range.numberFormat = strings.map(() => [format]);
    range.values = strings.map((s) => [s]);
    await context.sync();
  });
  const sheet = double.model.sheet("Sheet1")!;
  return strings.map((_, row) => {
    const { value, formula, numberFormat } = sheet.peek(row, 0)!;
    return { value, formula, numberFormat };
  });
}

async function writeOne(entry: string): Promise<Written> {
  return (await write([entry]))[0];
}

describe("strings written to General cells are read as if typed", () => {
  it("turns text starting with + - = or @ into a formula; a bad one shows #NAME?", async () => {
    // The register's own target for 2023-Q-2.
    await expect(writeOne("+5% active members of youth uniformed groups")).resolves.toEqual({
      value: "#NAME?",
      formula: "=+5% active members of youth uniformed groups",
      numberFormat: "General",
    });
    await expect(writeOne("- bill introduced")).resolves.toMatchObject({
      value: "#NAME?",
      formula: "=- bill introduced",
    });
    await expect(writeOne("@risk")).resolves.toMatchObject({ value: "#NAME?", formula: "=@risk" });
    await expect(writeOne('=HYPERLINK("http://x")')).resolves.toMatchObject({
      formula: '=HYPERLINK("http://x")',
    });
    await expect(writeOne("-5")).resolves.toMatchObject({ value: -5, formula: "=-5" });
  });

  it("turns numbers, percentages, currency and booleans into values", async () => {
    const written = await write(["5%", "1e3", "1,572", "(5)", "$540", " 12 ", "1 1/2", "TRUE", "false"]);
    expect(written.map((w) => w.value)).toEqual([0.05, 1000, 1572, -5, 540, 12, 1.5, true, false]);
    expect(written[0].numberFormat).toBe("0%");
    expect(written.every((w) => w.formula === null)).toBe(true);
  });

  it("turns en-US dates and times into serial numbers, and leaves locale-shaped dates as text", async () => {
    const written = await write([
      "2024-03-20",
      "3/20/2024",
      "March 2024",
      "Mar-2024",
      "20 March 2024",
      "10:30",
    ]);
    // 20 March 2024 is serial 45371; 1 March 2024 is 45352.
    expect(written.map((w) => w.value)).toEqual([45371, 45371, 45352, 45352, 45371, 0.4375]);
    const monthDay = await writeOne("Mar-24");
    expect(typeof monthDay.value).toBe("number");
    await expect(writeOne("20/3/2024")).resolves.toMatchObject({ value: "20/3/2024", formula: null });
  });

  it("keeps ordinary text, and enters a leading apostrophe's rest as text", async () => {
    const written = await write(["about 580", "1 572", "Task completed.", "12 kiosks", "'1,572", "'=A1"]);
    expect(written.map((w) => w.value)).toEqual([
      "about 580",
      "1 572",
      "Task completed.",
      "12 kiosks",
      "1,572",
      "=A1",
    ]);
    expect(written.every((w) => w.formula === null)).toBe(true);
  });
});

describe("strings written to text-formatted cells", () => {
  it("stay exactly what was written", async () => {
    const nasty = [
      "+5% active members",
      "- done",
      "=SUM(A1:A3)",
      "@risk",
      "5%",
      "1e3",
      "Mar-24",
      "March 2024",
      "TRUE",
      "(5)",
      "10:30",
      "",
    ];
    const written = await write(nasty, "@");
    expect(written.map((w) => w.value)).toEqual(nasty);
    expect(written.every((w) => w.formula === null && w.numberFormat === "@")).toBe(true);
  });
});

it("leaves a cell unchanged where the values array holds null", async () => {
  const double = createExcelDouble();
  installExcelDouble(double);
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 2);
    range.values = [["kept", "first"]];
    range.values = [[null as unknown as string, "second"]];
    await context.sync();
  });
  expect(double.model.sheet("Sheet1")!.valuesOf({ row: 0, col: 0, rows: 1, cols: 2 })).toEqual([
    ["kept", "second"],
  ]);
});
