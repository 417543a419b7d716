import {
  PACKAGE_INFLATED_LIMIT,
  PackageLimitError,
  checkPackageSize,
  packageParts,
  readSmallPart,
} from "../../src/export/package-limits";
import { trackerXlsx } from "../../src/export/tracker-workbook";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflatedSpaces, deflatedText, zipPackage } from "./zip-builder";

const MB = 1024 * 1024;
const CONTENT_TYPES = { ...deflatedText("<Types/>"), name: "[Content_Types].xml" };

function refusal(bytes: Uint8Array, limit?: number): PackageLimitError {
  try {
    checkPackageSize(bytes, limit);
  } catch (error) {
    if (error instanceof PackageLimitError) return error;
    throw error;
  }
  throw new Error("the package was accepted");
}

describe("checkPackageSize", () => {
  test("the documented limit is 100 MB", () => {
    expect(PACKAGE_INFLATED_LIMIT).toBe(100 * MB);
  });

  test("accepts a real tracking workbook, whose parts it lists", async () => {
    const register = JSON.parse(readFileSync(join(__dirname, "../../seeds/kpis-2023.json"), "utf8"));
    const bytes = await trackerXlsx(register);
    expect(() => checkPackageSize(bytes)).not.toThrow();
    expect(packageParts(bytes).map((part) => part.name)).toContain("xl/worksheets/sheet1.xml");
  });

  test("refuses parts declaring more than the limit in all, from the central directory alone", () => {
    const bomb = zipPackage([
      CONTENT_TYPES,
      // 150 MB of spaces in about 150 KB: the central directory says so honestly.
      { name: "xl/worksheets/sheet1.xml", deflated: deflatedSpaces(150), declaredSize: 150 * MB },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const error = refusal(bomb);
    expect(error.kind).toBe("too-large");
    expect(error.message).toBe("its parts would inflate to 150 MB, over the 100 MB limit for a workbook");
  });

  test("a part that understates its size is stopped once it passes what it declared", () => {
    const liar = zipPackage([
      CONTENT_TYPES,
      { name: "xl/worksheets/sheet1.xml", deflated: deflatedSpaces(3), declaredSize: 1000 },
    ]);
    const error = refusal(liar);
    expect(error.message).toMatch(
      /^part xl\/worksheets\/sheet1\.xml inflates past the 1000 bytes it declares/,
    );
  });

  test("a part that states its size honestly and fits is accepted", () => {
    const honest = zipPackage([
      CONTENT_TYPES,
      { name: "xl/worksheets/sheet1.xml", deflated: deflatedSpaces(3), declaredSize: 3 * MB },
    ]);
    expect(() => checkPackageSize(honest)).not.toThrow();
    expect(refusal(honest, 2 * MB).message).toMatch(/would inflate to 3 MB, over the 2 MB limit/);
  });

  test("bytes that are not a zip are reported as damaged", () => {
    const error = refusal(new TextEncoder().encode("not a zip at all, just text"));
    expect(error.kind).toBe("damaged");
  });
});

describe("readSmallPart", () => {
  const workbookXml =
    '<workbook><sheets><sheet name="Dashboard" sheetId="1" r:id="rId1"/></sheets></workbook>';

  test("reads one part's text, and null for a part the package lacks", () => {
    const bytes = zipPackage([CONTENT_TYPES, { ...deflatedText(workbookXml), name: "xl/workbook.xml" }]);
    expect(readSmallPart(bytes, "xl/workbook.xml")).toBe(workbookXml);
    expect(readSmallPart(bytes, "xl/_rels/workbook.xml.rels")).toBeNull();
  });

  test("refuses a part declaring more than its limit, and one inflating past what it declares", () => {
    const honest = zipPackage([
      { deflated: deflatedSpaces(2), declaredSize: 2 * MB, name: "xl/workbook.xml" },
    ]);
    expect(() => readSmallPart(honest, "xl/workbook.xml")).toThrow(
      /declares 2097152 bytes, over the 1048576/,
    );
    const understated = zipPackage([
      { deflated: deflatedSpaces(50), declaredSize: 1000, name: "xl/workbook.xml" },
    ]);
    expect(() => readSmallPart(understated, "xl/workbook.xml")).toThrow(
      /inflates past the 1000 bytes it declares/,
    );
  });
});
