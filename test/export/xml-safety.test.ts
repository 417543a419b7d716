/**
 * Whatever an officer pastes, every XML part the exporters write stays well-formed XML 1.0, checked by
 * libxml2 (xmllint-wasm) on the raw bytes of each part, so invalid UTF-8 is caught as well.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";
import { buildAnnex } from "../../src/core/annex";
import type { Register } from "../../src/core/register/schema";
import { annexDocx } from "../../src/export/annex-docx";
import { annexHtml } from "../../src/export/annex-html";
import { annexXlsx } from "../../src/export/annex-xlsx";
import { trackerXlsx } from "../../src/export/tracker-workbook";
import { xmlSafeText } from "../../src/export/xml-text";
import { entry, result, smallRegister } from "../core/annex/fixture";

jest.setTimeout(120_000);

/** Characters XML 1.0 forbids, half surrogate pairs, and markup, mixed with any code point at all. */
const HOSTILE = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001F",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "&",
  "<",
  "]]>",
  "\r",
];
const hostileText = fc.string({
  unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
  minLength: 1,
  maxLength: 40,
});
/** XML 1.0 Char, the production every character of a part must match. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Three pasted texts: in the register's titles, in its KPI text, and in the officer's entries. */
type Texts = [string, string, string];

function withTexts(register: Register, [title, kpi]: Texts): Register {
  const copy = structuredClone(register);
  copy.title = `${title} ${copy.title}`;
  const area = copy.areas[0];
  area.title = title;
  area.measures[0].title = kpi;
  area.measures[0].kpis[0].text = [{ text: kpi }, { text: " 750", bold: true }, { text: title }];
  return copy;
}

async function xmlParts(
  bytes: Uint8Array,
  packageName: string,
): Promise<Array<{ fileName: string; contents: Uint8Array }>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  return Promise.all(
    names.map(async (name) => ({
      fileName: `${packageName}-${name.replace(/[^A-Za-z0-9.]+/g, "_")}`,
      contents: await zip.file(name)!.async("uint8array"),
    })),
  );
}

async function malformedParts(texts: Texts): Promise<string[]> {
  const register = withTexts(smallRegister, texts);
  const text = texts[2];
  const annex = buildAnnex({
    register,
    asAt: "2024-09-30",
    layout: "progress-report",
    entries: [entry("2023-A-1", { latestProgress: `${text}\n${text}`, reportedStatus: text })],
    results: [result("2023-A-1", "Task on track.")],
  });
  const parts = [
    ...(await xmlParts(await annexDocx(annex), "annex-docx")),
    ...(await xmlParts(await annexXlsx(annex), "annex-xlsx")),
    ...(await xmlParts(await trackerXlsx(register), "tracker-xlsx")),
  ];
  const checked = await validateXML({ xml: parts, normalization: "c14n" });
  const errors = checked.errors.map((error) => error.rawMessage);
  if (!XML_CHAR.test(annexHtml(annex))) errors.push("annex.html holds a character XML forbids");
  return errors;
}

describe("every exporter writes well-formed XML whatever was typed", () => {
  test("the parser used here does refuse a forbidden character and a lone surrogate", async () => {
    const bad = new TextEncoder().encode("<a>\u0001</a>");
    const surrogate = Uint8Array.from([
      ...new TextEncoder().encode("<a>"),
      0xed,
      0xa0,
      0x80,
      ...new TextEncoder().encode("</a>"),
    ]);
    const checked = await validateXML({
      xml: [
        { fileName: "control.xml", contents: bad },
        { fileName: "surrogate.xml", contents: surrogate },
      ],
      normalization: "c14n",
    });
    expect(checked.valid).toBe(false);
    const failing = checked.errors.map((error) => error.rawMessage).join("\n");
    expect(failing).toMatch(/control\.xml:1: parser error/);
    expect(failing).toMatch(/surrogate\.xml:1: I\/O error : Invalid bytes in character encoding/);
  });

  test("random Unicode, lone surrogates and control characters: docx, xlsx, tracker xlsx and HTML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(hostileText, hostileText, hostileText), async (texts) => {
        expect(await malformedParts(texts)).toEqual([]);
      }),
      // Each run packs three packages and starts libxml2 once; six runs (18 texts) keep the suite quick.
      { numRuns: 6 },
    );
  });
});

describe("xmlSafeText", () => {
  test("removes what XML forbids, marks half surrogate pairs, keeps line breaks and everything else", () => {
    expect(xmlSafeText("a\u0000b\u0001c\uFFFEd\uFFFFe")).toBe("abcde");
    expect(xmlSafeText("line one\u000Bline two")).toBe("line one\nline two");
    expect(xmlSafeText("x\uD800y\uDC00z")).toBe("x\uFFFDy\uFFFDz");
    const kept = "Tab\there, CR\r\n, 中文, 😀 \uE000 \uFFFD & <b>";
    expect(xmlSafeText(kept)).toBe(kept);
  });
});
