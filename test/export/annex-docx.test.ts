import { buildAnnex } from "../../src/core/annex";
import { runsText } from "../../src/core/register/kpi-text";
import { annexDocx } from "../../src/export/annex-docx";
import { entry, FORMULA_TEXTS, result, smallRegister } from "../core/annex/fixture";
import { decodeXml, readPart, wordParagraphs } from "./zip";

async function documentXml(layout: "kpi-list" | "progress-report", entries = [entry("2023-A-1")]) {
  const annex = buildAnnex({
    register: smallRegister,
    asAt: "2024-09-30",
    layout,
    entries,
    results: [result("2023-A-1", "Task on track.")],
  });
  const bytes = await annexDocx(annex);
  return { annex, bytes, xml: await readPart(bytes, "word/document.xml") };
}

describe("annexDocx", () => {
  it("returns a Word package without Node buffers", async () => {
    const { bytes } = await documentXml("kpi-list");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
  });

  it("prints the title, the header row and every KPI, in order", async () => {
    const { annex, xml } = await documentXml("progress-report");
    const paragraphs = wordParagraphs(xml).filter((p) => p !== "");
    const expected = [
      annex.title,
      ...annex.columns,
      "(I) Safeguarding Our Country and Home",
      "(A) Enhancing Community Emergency Preparedness",
      runsText(smallRegister.areas[0].measures[0].kpis[0].text),
      "Task on track.",
    ];
    expect(paragraphs.slice(0, expected.length)).toEqual(expected);
    expect(paragraphs).toContain("The Government will continue to implement measures, including:");
  });

  it("repeats the header row on every page and lays out A4 portrait", async () => {
    const { xml } = await documentXml("kpi-list");
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it("spans area rows across the table and merges a measure's cell down its KPIs", async () => {
    const { xml } = await documentXml("progress-report");
    expect(xml.match(/<w:gridSpan w:val="3"\/>/g)).toHaveLength(2);
    // Measure (A) has two KPIs: its cell starts a merge, with one continuation cell below; the other
    // measures have one KPI each and merge nothing.
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(1);
  });

  it("bolds the runs the paper bolds, and only those", async () => {
    const { xml } = await documentXml("kpi-list");
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]);
    const boldTexts = runs
      .filter((r) => /<w:b\/>/.test(r))
      .map((r) => decodeXml(/<w:t[^>]*>([^<]*)</.exec(r)?.[1] ?? ""));
    expect(boldTexts).toEqual(expect.arrayContaining(["750", "by end-2024"]));
    expect(boldTexts).not.toContain(" proactive inspections ");
  });

  it("uses ➤ bullets and a font with an East Asian slot for Chinese text", async () => {
    const { bytes } = await documentXml("kpi-list");
    expect(await readPart(bytes, "word/numbering.xml")).toContain('w:lvlText w:val="\u27A4"');
    const styles = await readPart(bytes, "word/styles.xml");
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="PMingLiU"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
  });

  it.each(FORMULA_TEXTS)("keeps %s as literal text", async (text) => {
    const { xml } = await documentXml("progress-report", [
      entry("2023-A-1", { latestProgress: text, reportedStatus: text }),
    ]);
    const paragraphs = wordParagraphs(xml);
    expect(paragraphs.filter((p) => p === text)).toHaveLength(2);
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText/);
  });
});
