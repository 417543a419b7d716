/** The command line in English and Traditional Chinese: --lang, else the environment, else English. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cliLanguage, environmentLanguage } from "../../src/cli/cli-language";
import { cliEnvironment, runCli, runCliIn } from "./run-cli";

// each run starts node with tsx (seconds while other jest workers are busy)
jest.setTimeout(60_000);

describe("the language a run writes in", () => {
  it.each([
    [{}, "en"],
    [{ LANG: "zh_HK.UTF-8" }, "zh-HK"],
    [{ LANG: "zh_TW.UTF-8" }, "zh-HK"],
    [{ LANG: "en_GB.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LC_ALL: "en_US.UTF-8", LANG: "zh_HK.UTF-8" }, "en"],
    [{ LC_ALL: "zh_HK.UTF-8", LANG: "en_US.UTF-8" }, "zh-HK"],
    [{ LC_MESSAGES: "zh_HK.UTF-8", LANG: "en_US.UTF-8" }, "zh-HK"],
    [{ KPI_TRACKER_LANG: "en", LANG: "zh_HK.UTF-8" }, "en"],
    [{ KPI_TRACKER_LANG: "zh-HK", LANG: "en_US.UTF-8" }, "zh-HK"],
  ])("the environment %j speaks %s", (env, language) => {
    expect(environmentLanguage(env)).toBe(language);
  });

  it("takes --lang over the environment, before or after the command, in any letter case", () => {
    expect(cliLanguage(["validate", "p.csv", "--lang", "zh-HK"], {})).toBe("zh-HK");
    expect(cliLanguage(["--lang=zh-hk", "validate"], {})).toBe("zh-HK");
    expect(cliLanguage(["validate", "--lang", "en"], { LANG: "zh_HK.UTF-8" })).toBe("en");
    expect(cliLanguage(["validate"], { LANG: "zh_HK.UTF-8" })).toBe("zh-HK");
  });

  it("reads no --lang after --, where arguments are file names", () => {
    expect(cliLanguage(["validate", "--", "--lang", "zh-HK"], {})).toBe("en");
  });

  it("refuses a language it does not speak, naming the two it does, in the environment's language", () => {
    expect(() => cliLanguage(["--lang", "fr"], {})).toThrow(
      '--lang "fr" is not a language the tool speaks; use en (English) or zh-HK (繁體中文)',
    );
    expect(() => cliLanguage(["--lang", "zh-CN"], { LANG: "zh_HK.UTF-8" })).toThrow(
      "--lang「zh-CN」不是本工具使用的語言；請用 en（English）或 zh-HK（繁體中文）",
    );
  });
});

describe("kpi-tracker in Chinese", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "kpi-lang-"));
    await writeFile(path.join(dir, "progress.csv"), "KPI ID,Actual\n2023-A-1,\n2023-Z-9,5\n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("--lang zh-HK --help lists the commands in Chinese", async () => {
    const { code, stdout } = await runCli(dir, "--lang", "zh-HK", "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法：kpi-tracker <指令> \[選項\]\n/);
    expect(stdout).toContain("  consolidate  把各部門交回的資料（xlsx 或 CSV）合併為一本追蹤活頁簿\n");
    expect(stdout).toContain("  --lang en|zh-HK  使用的語言");
  });

  it("validate --lang zh-HK prints its table, its warnings and its errors in Chinese", async () => {
    const run = await runCli(dir, "validate", "progress.csv", "--as-at", "2024-03-31", "--lang", "zh-HK");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^編號\s+狀況\s+預期進度\s+實際進度\s+原因$/);
    // Chinese characters take two columns: the headings line up with the IDs and statuses below.
    expect(run.stdout).toContain(
      "編號      狀況          預期進度        實際進度  原因\n--------  ------------",
    );
    expect(run.stdout).toContain("\nnot-reported  1\n總數          2\n");
    expect(run.stderr).toMatch(/^kpi-tracker validate：警告：progress\.csv：第 3 行未被採用：/);

    const missing = await runCli(dir, "validate", "none.csv", "--as-at", "2024-03-31", "--lang", "zh-HK");
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: "kpi-tracker validate: none.csv：沒有這個檔案\n",
    });
  });

  it("workbook --lang zh-HK says what it wrote in Chinese", async () => {
    const { code, stdout } = await runCli(dir, "workbook", "--out", "tracker.xlsx", "--lang", "zh-HK");
    expect(code).toBe(0);
    expect(stdout).toBe("已寫入 tracker.xlsx：工作表「KPIs 2023」\n");
  });

  it("follows LANG=zh_HK.UTF-8 when there is no --lang, and --lang en over it", async () => {
    const env = cliEnvironment({ LANG: "zh_HK.UTF-8" });
    const chinese = await runCliIn(env, dir, "history", "tracker.csv");
    expect(chinese).toEqual({
      code: 2,
      stdout: "",
      stderr: "kpi-tracker history: tracker.csv：應為追蹤活頁簿（.xlsx）\n",
    });
    const english = await runCliIn(env, dir, "history", "tracker.csv", "--lang", "en");
    expect(english.stderr).toBe("kpi-tracker history: tracker.csv: expected a tracking workbook (.xlsx)\n");
  });

  it("refuses an unknown --lang before running anything", async () => {
    const run = await runCli(dir, "--lang", "fr", "workbook", "--out", "never.xlsx");
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'kpi-tracker: --lang "fr" is not a language the tool speaks; use en (English) or zh-HK (繁體中文)\n',
    });
  });
});
