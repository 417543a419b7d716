/** The Chinese annex in Word, Excel and HTML; and the English annex untouched by the register's Chinese. */
import ExcelJS from "exceljs";
import { buildAnnex } from "../../src/core/annex";
import type { Register } from "../../src/core/register/schema";
import { annexDocx } from "../../src/export/annex-docx";
import { annexHtml } from "../../src/export/annex-html";
import { annexXlsx } from "../../src/export/annex-xlsx";
import { chineseRegister } from "../core/annex/chinese-fixture";
import { entry, smallRegister } from "../core/annex/fixture";
import { readPart, wordParagraphs } from "./zip";
import { xlsxCellText } from "./xlsx-cell-text";

const annexOf = (register: Register, language?: "en" | "zh-HK") =>
  buildAnnex({
    register,
    asAt: "2023-09-30",
    layout: "progress-report",
    entries: [entry("2023-A-1", { latestProgress: "已完成600次巡查。" })],
    ...(language ? { language } : {}),
  });

describe("the Chinese annex in Word", () => {
  it("prints the Chinese headings and text, the untranslated KPI after its mark", async () => {
    const xml = await readPart(await annexDocx(annexOf(chineseRegister, "zh-HK")), "word/document.xml");
    const paragraphs = wordParagraphs(xml).filter((p) => p !== "");
    expect(paragraphs.slice(0, 6)).toEqual([
      "保安局措施的關鍵績效指標（2023年）",
      "措施",
      "績效指標",
      "最新進展（截至2023年9月30日）",
      "（一）保家安邦",
      "（A）加強社區應急準備",
    ]);
    expect(paragraphs).toContain("消防處會在2024年年底前進行750次主動巡查。");
    expect(paragraphs).toContain("已完成600次巡查。");
    expect(paragraphs).toContain("［未有中文本］through profile analysis of abusers;");
  });

  it("sets East Asian text in PMingLiU and marks it as Hong Kong Chinese; the English annex has no such mark", async () => {
    const styles = await readPart(await annexDocx(annexOf(chineseRegister, "zh-HK")), "word/styles.xml");
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="PMingLiU"/);
    expect(styles).toMatch(/<w:lang w:eastAsia="zh-HK"\/>/);
    const english = await readPart(await annexDocx(annexOf(chineseRegister)), "word/styles.xml");
    expect(english).not.toContain("<w:lang");
  });

  it("leaves the English annex exactly as for a register without Chinese", async () => {
    const withChinese = await readPart(await annexDocx(annexOf(chineseRegister)), "word/document.xml");
    const without = await readPart(await annexDocx(annexOf(smallRegister)), "word/document.xml");
    expect(withChinese).toBe(without);
    expect(withChinese).toContain("(I) Safeguarding Our Country and Home");
  });
});

const text = xlsxCellText;

describe("the Chinese annex in Excel", () => {
  it("writes sheet 「附件 2023」 in PMingLiU, with the Chinese headings", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annexXlsx(annexOf(chineseRegister, "zh-HK"))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("附件 2023")!;
    expect(text(sheet.getCell("A3").value)).toBe("措施");
    expect(text(sheet.getCell("C3").value)).toBe("最新進展（截至2023年9月30日）");
    expect(text(sheet.getCell("A4").value)).toBe("（一）保家安邦");
    expect(sheet.getCell("B5").font.name).toBe("PMingLiU");
    expect(sheet.getCell("A3").font.name).toBe("PMingLiU");
  });

  it("keeps the English annex in Times New Roman on sheet Annex 2023", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annexXlsx(annexOf(chineseRegister))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Annex 2023")!;
    expect(text(sheet.getCell("A3").value)).toBe("Measures");
    expect(sheet.getCell("B5").font.name).toBe("Times New Roman");
  });

  it("gives Chinese rows more height than their character count alone would (a character is two wide)", async () => {
    const long = structuredClone(chineseRegister);
    long.areas[0].measures[0].kpis[0].chinese = { text: [{ text: "巡".repeat(120) }] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annexXlsx(annexOf(long, "zh-HK"))) as unknown as ArrayBuffer);
    const chineseHeight = workbook.getWorksheet("附件 2023")!.getRow(5).height;
    const latin = structuredClone(chineseRegister);
    latin.areas[0].measures[0].kpis[0].chinese = { text: [{ text: "x".repeat(120) }] };
    const other = new ExcelJS.Workbook();
    await other.xlsx.load((await annexXlsx(annexOf(latin, "zh-HK"))) as unknown as ArrayBuffer);
    expect(chineseHeight).toBeGreaterThan(other.getWorksheet("附件 2023")!.getRow(5).height);
  });
});

describe("the Chinese annex as a web page", () => {
  it("declares its language as zh-HK; the English page stays en", () => {
    expect(annexHtml(annexOf(chineseRegister, "zh-HK"))).toContain('<html lang="zh-HK">');
    expect(annexHtml(annexOf(chineseRegister, "zh-HK"))).toContain('<th scope="col">績效指標</th>');
    expect(annexHtml(annexOf(chineseRegister))).toContain('<html lang="en">');
  });
});
