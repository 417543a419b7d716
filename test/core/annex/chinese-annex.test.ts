import { buildAnnex, progressLines } from "../../../src/core/annex";
import { chineseNumber } from "../../../src/core/annex/wording";
import { runsText } from "../../../src/core/register/kpi-text";
import type { KpiResult } from "../../../src/core/engine/types";
import { chineseRegister } from "./chinese-fixture";
import { entry, result, smallRegister } from "./fixture";

const rows = (annex: ReturnType<typeof buildAnnex>) =>
  new Map(annex.areas.flatMap((a) => a.measures.flatMap((m) => m.rows)).map((row) => [row.kpiId, row]));
const lines = (annex: ReturnType<typeof buildAnnex>, id: string) =>
  progressLines(rows(annex).get(id)?.progress).map(runsText);
const withStatus = (id: string, status: KpiResult["status"]): KpiResult => ({
  ...result(id, "Task completed."),
  status,
});

/** A Chinese progress report of the Chinese test register, as at 30 September 2023. */
const chineseReport = (extra: Partial<Parameters<typeof buildAnnex>[0]> = {}) =>
  buildAnnex({
    register: chineseRegister,
    asAt: "2023-09-30",
    layout: "progress-report",
    language: "zh-HK",
    ...extra,
  });

describe("buildAnnex in Chinese", () => {
  const annex = chineseReport();

  it("writes the Government's Chinese headings with the date as the Chinese paper writes it", () => {
    expect(annex.language).toBe("zh-HK");
    expect(annex.columns).toEqual(["措施", "績效指標", "最新進展（截至2023年9月30日）"]);
    expect(annex.title).toBe("保安局措施的關鍵績效指標（2023年）");
    const list = chineseReport({ layout: "kpi-list" });
    expect(list.columns).toEqual(["措施", "績效指標"]);
  });

  it("numbers areas （一）（二） and keeps the measures' letters, with the Chinese titles", () => {
    expect(annex.areas.map((area) => area.heading)).toEqual(["（一）保家安邦", "（二）攜手同行更生路"]);
    expect(annex.areas.map((area) => area.measures[0].heading)).toEqual([
      "（A）加強社區應急準備",
      "（B）加強處理聲請",
    ]);
    expect(annex.areas[1].measures[0].preamble).toEqual([{ text: "政府會繼續推行措施，包括：" }]);
  });

  it("prints each KPI's Chinese text with its emphasis", () => {
    expect(rows(annex).get("2023-A-1")?.kpi).toEqual([
      { text: "消防處會在" },
      { text: "2024年年底前", bold: true },
      { text: "進行" },
      { text: "750", bold: true },
      { text: "次主動巡查。" },
    ]);
  });

  it("flags a KPI without Chinese text: listed, and its English shown only after the mark", () => {
    const list = chineseReport({ layout: "kpi-list" });
    expect(list.untranslatedKpiIds).toEqual(["2023-B-1"]);
    expect(runsText(rows(annex).get("2023-B-1")!.kpi)).toBe(
      "［未有中文本］through profile analysis of abusers;",
    );
    expect(annex.untranslatedHeadings).toEqual([]);
  });

  it("marks the paper's own progress, which the register holds in English only", () => {
    // 2023-A-2 has the paper's progress in English: it is flagged though its KPI text is Chinese.
    const report = chineseReport({
      entries: [entry("2023-B-1", { latestProgress: "已分析。" })],
      results: [],
    });
    expect(lines(report, "2023-A-2")).toEqual(["［未有中文本］Task on track.", "Premises found in 2024."]);
    expect(report.untranslatedKpiIds).toEqual(["2023-A-2", "2023-B-1"]);
  });

  it("proposes the status phrases in Chinese, keeps an officer's own words, and turns a standard phrase into Chinese", () => {
    const report = chineseReport({
      entries: [
        entry("2023-A-1", { actual: 750, latestProgress: "已完成750次巡查。" }),
        entry("2023-B-1", { reportedStatus: "Task delayed.", latestProgress: "Typed in English." }),
      ],
      results: [withStatus("2023-A-1", "completed"), withStatus("2023-B-1", "off-track")],
    });
    expect(lines(report, "2023-A-1")).toEqual(["已完成。", "已完成750次巡查。"]);
    expect(lines(report, "2023-B-1")).toEqual(["進度有所延誤。", "Typed in English."]);
    const own = chineseReport({
      entries: [entry("2023-A-1", { reportedStatus: "大致完成。" })],
      results: [withStatus("2023-A-1", "on-track")],
    });
    expect(lines(own, "2023-A-1")).toEqual(["大致完成。"]);
    const engineOnly = chineseReport({
      results: [withStatus("2023-B-1", "not-reported")],
    });
    expect(lines(engineOnly, "2023-B-1")).toEqual(["進展有待匯報。"]);
  });

  it("flags the title, areas and measures without Chinese, by the paper's numbering", () => {
    const english = buildAnnex({
      register: smallRegister,
      asAt: "2023-09-30",
      layout: "kpi-list",
      language: "zh-HK",
    });
    expect(english.title).toBe(`［未有中文本］${smallRegister.title}`);
    expect(english.areas[0].heading).toBe("（一）［未有中文本］Safeguarding Our Country and Home");
    expect(english.areas[1].measures[0].preamble?.map((run) => run.text).join("")).toBe(
      "［未有中文本］The Government will continue to implement measures, including:",
    );
    expect(english.untranslatedHeadings).toEqual(["title", "(I)", "(A)", "(II)", "(B)"]);
    expect(english.untranslatedKpiIds).toEqual(["2023-A-1", "2023-A-2", "2023-B-1"]);
  });

  it("leaves the English annex as it was: English, nothing flagged", () => {
    const plain = buildAnnex({ register: chineseRegister, asAt: "2023-09-30", layout: "progress-report" });
    const explicit = buildAnnex({
      register: chineseRegister,
      asAt: "2023-09-30",
      layout: "progress-report",
      language: "en",
    });
    expect(explicit).toEqual(plain);
    expect(plain.columns).toEqual(["Measures", "KPIs", "Latest Progress (as at 30 September 2023)"]);
    expect(plain.areas[0].heading).toBe("(I) Safeguarding Our Country and Home");
    expect(plain.untranslatedKpiIds).toEqual([]);
    expect(plain.untranslatedHeadings).toEqual([]);
  });
});

describe("chineseNumber", () => {
  it("writes the numbers Chinese papers number their parts with", () => {
    expect([1, 2, 9, 10, 11, 20, 23].map(chineseNumber)).toEqual([
      "一",
      "二",
      "九",
      "十",
      "十一",
      "二十",
      "二十三",
    ]);
  });
});
