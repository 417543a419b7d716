/** kpi-tracker annex --lang zh-HK, run as a user runs it: node src/cli/bin.cjs in a child process. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { chineseRegister } from "../core/annex/chinese-fixture";
import { readPart, wordParagraphs } from "../export/zip";
import { xlsxCellText } from "../export/xlsx-cell-text";
import { runCli, type CliRun } from "./run-cli";

jest.setTimeout(60_000);

let dir: string;
let registerPath: string;
const cli = (...args: string[]): Promise<CliRun> => runCli(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-annex-zh-"));
  registerPath = path.join(dir, "register-zh.json");
  await writeFile(registerPath, JSON.stringify(chineseRegister));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kpi-tracker annex --lang zh-HK", () => {
  it("writes the Chinese annex in Word and warns, in Chinese, of the KPI without Chinese text", async () => {
    const out = path.join(dir, "zh.docx");
    const { code, stderr } = await cli("annex", "--register", registerPath, "--out", out, "--lang", "zh-HK");
    expect(code).toBe(0);
    expect(stderr).toBe(
      "kpi-tracker annex: 1項績效指標或標題未有中文本，附件已加標示並列出英文本：2023-B-1\n",
    );
    const paragraphs = wordParagraphs(await readPart(await readFile(out), "word/document.xml"));
    expect(paragraphs.slice(0, 4)).toEqual([
      "保安局措施的關鍵績效指標（2023年）",
      "措施",
      "績效指標",
      "（一）保家安邦",
    ]);
    expect(paragraphs).toContain("［未有中文本］through profile analysis of abusers;");
  });

  it("takes --lang=zh-HK in any case and writes the xlsx annex to sheet 附件 2023", async () => {
    const out = path.join(dir, "zh.xlsx");
    const { code } = await cli(
      "annex",
      "--lang=zh-hk",
      "--register",
      registerPath,
      "--out",
      out,
      "--as-at",
      "2023-09-30",
      "--layout",
      "progress-report",
    );
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("附件 2023")!;
    const texts = ["A3", "B3", "C3"].map((address) => xlsxCellText(sheet.getCell(address).value));
    expect(texts).toEqual(["措施", "績效指標", "最新進展（截至2023年9月30日）"]);
  });

  it("writes English, with no warning, without --lang", async () => {
    const out = path.join(dir, "en.docx");
    const { code, stderr } = await cli("annex", "--register", registerPath, "--out", out);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const paragraphs = wordParagraphs(await readPart(await readFile(out), "word/document.xml"));
    expect(paragraphs.slice(1, 3)).toEqual(["Measures", "KPIs"]);
  });

  it("refuses a language it does not write, exit 2", async () => {
    const { code, stderr } = await cli(
      "annex",
      "--register",
      registerPath,
      "--out",
      "x.docx",
      "--lang",
      "fr",
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      'kpi-tracker: --lang "fr" is not a language the tool speaks; use en (English) or zh-HK (繁體中文)\n',
    );
  });
});

describe("a CSV KPI list with a Chinese text column, through register into the Chinese annex", () => {
  it("carries the Chinese text of the rows that have it and flags the row without", async () => {
    const list = path.join(dir, "list-zh.csv");
    await writeFile(
      list,
      [
        "Area,範疇（中文）,Measure,措施（中文）,KPI,中文本",
        "Youth,青年發展,Cadets,制服團隊,Train 100 cadets within 2026.,在2026年內訓練100名隊員。",
        ",,,,Hold 2 camps in 2026.,",
      ].join("\n"),
    );
    const json = path.join(dir, "register-from-list.json");
    const built = await cli("register", list, "--year", "2025", "--announced", "2025-09-17", "--out", json);
    expect(built.code).toBe(0);
    const out = path.join(dir, "list-zh.docx");
    const { code, stderr } = await cli("annex", "--register", json, "--out", out, "--lang", "zh-HK");
    expect(code).toBe(0);
    expect(stderr).toBe(
      "kpi-tracker annex: 2項績效指標或標題未有中文本，附件已加標示並列出英文本：title, 2025-A-2\n",
    );
    const paragraphs = wordParagraphs(await readPart(await readFile(out), "word/document.xml"));
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "（一）青年發展",
        "（A）制服團隊",
        "在2026年內訓練100名隊員。",
        "［未有中文本］Hold 2 camps in 2026.",
      ]),
    );
  });
});
