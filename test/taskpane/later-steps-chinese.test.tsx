/**
 * The later steps in Traditional Chinese (issue 15.3 and 15.5): returns, the annex, a new register from a
 * KPI list, the history, the self-check and the too-old-Excel page, each rendered in a Chinese pane; and
 * a check that none of them leaves English words an officer would read.
 */
import * as React from "react";
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import type { Annex } from "../../src/core/annex/model";
import type { Language } from "../../src/core/language/language";
import type { DepartmentReturn } from "../../src/core/returns/department-return";
import { DEPARTMENTS } from "../../src/core/vocabulary";
import { AnnexPanel } from "../../src/taskpane/components/AnnexPanel";
import { KpiListPanel } from "../../src/taskpane/components/KpiListPanel";
import { SelfCheckPanel } from "../../src/taskpane/components/SelfCheckPanel";
import { UnsupportedExcel } from "../../src/taskpane/components/UnsupportedExcel";
import { HistoryPanel, type HistoryPanelProps } from "../../src/taskpane/history/HistoryPanel";
import { SEED_REGISTERS } from "../../src/taskpane/register-sources";
import { CollectReturnsSection } from "../../src/taskpane/returns/CollectReturnsSection";
import { ReturnsPanel } from "../../src/taskpane/returns/ReturnsPanel";
import type { ReadReturns } from "../../src/taskpane/returns/read-returns";
import type { MessageArea, PanelCommands } from "../../src/taskpane/pane-state";
import type { CollectOutcome, SelfCheckRun, WorkbookActions } from "../../src/taskpane/workbook-actions";
import { fakeActions } from "./fake-actions";
import { HISTORY, state } from "./history-fixture";
import { PanelWithWorkbook } from "./panel-with-workbook";
import { renderInPane } from "./render-in-pane";

const CHINESE_ANNEX = {
  title: "附件",
  layout: "progress-report",
  year: 2023,
  asAt: "2023-09-30",
  columns: [],
  areas: [],
  language: "zh-HK",
  untranslatedKpiIds: ["1.2", "4.5", "7.1"],
  untranslatedHeadings: ["(A)"],
} as Annex;

const SELF_CHECK: SelfCheckRun = {
  report: {
    checkedAt: "2026-11-27T10:00:00.000Z",
    host: { host: "Excel", platform: "PC", officeVersion: "16.0", requirementSets: ["ExcelApi 1.17"] },
    results: [
      { capability: "Temporary sheet", outcome: "pass", detail: '"KPI Tracker check" added' },
      { capability: "Conditional formats", outcome: "fail", detail: "ApiNotFound: not found" },
      { capability: "Dialog", outcome: "not supported", detail: "DialogApi 1.1 missing" },
    ],
  },
  text: "KPI Tracker self-check, 2026-11-27T10:00:00.000Z\nResult: 1 FAILED",
};

const FSD: DepartmentReturn = { source: "FSD.xlsx", department: "FSD", receivedAt: "x", entries: [] };

const COLLECTED: CollectOutcome = {
  sheetName: "KPIs 2023",
  tableName: "KpiTracker2023",
  summary: {
    merged: 5,
    unchanged: 2,
    conflicts: [
      {
        id: "2023-D-2",
        values: [
          { source: "FSD.xlsx", actual: "120", completedOn: "2024-09-30", reportedStatus: "" },
          { source: "SB.csv", actual: "", completedOn: "", reportedStatus: "" },
        ],
      },
    ],
    refused: [],
  },
};

/** A collection with every kind of reason the readers and the merge give. */
const COLLECTED_WITH_REFUSALS: CollectOutcome = {
  ...COLLECTED,
  summary: {
    ...COLLECTED.summary,
    refused: [
      {
        source: "SB.csv",
        id: "2023-D-1",
        reason: {
          key: "returns.refused.otherDepartment",
          params: { id: "2023-D-1", departments: "FSD", department: "SB" },
        },
      },
    ],
  },
};
const READ_WITH_REASONS: ReadReturns = {
  returns: [FSD],
  unreadable: [
    { fileName: "minutes.docx", reason: { key: "returns.read.notCsvOrXlsx" } },
    {
      fileName: "GFS.xlsx",
      reason: {
        key: "returns.read.onSheet",
        params: { sheet: "GFS", problem: { key: "returns.read.noHeader" } },
      },
    },
  ],
  warnings: [{ fileName: "FSD.xlsx", warning: { key: "returns.read.rowWithoutId", params: { row: 4 } } }],
};

const PICKED: HistoryPanelProps["picked"] = {
  kpiId: "2023-B-1",
  rows: [
    {
      ...state("on-track", "580"),
      completedOn: "2024-06-01",
      asAt: "2024-06-30",
      validatedAt: "x",
      id: "2023-B-1",
      note: "",
    },
  ],
};

function inLanguage(language: Language, pane: React.ReactElement) {
  return renderInPane(<FluentProvider theme={webLightTheme}>{pane}</FluentProvider>, language);
}

function withWorkbook(
  language: Language,
  actions: WorkbookActions,
  area: MessageArea,
  panel: (commands: PanelCommands) => React.JSX.Element,
) {
  return inLanguage(language, <PanelWithWorkbook actions={actions} area={area} panel={panel} />);
}

/** The text of each item of a list, in order. */
function itemsOf(list: HTMLElement): Array<string | null> {
  return within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

describe("the later steps in Chinese", () => {
  it("Returns: the headings, fields and the Mac message are in Chinese, the seed named in Chinese", async () => {
    inLanguage(
      "zh-HK",
      <ReturnsPanel
        sources={SEED_REGISTERS}
        asAt="2023-09-30"
        platform="Mac"
        run={jest.fn()}
        busy={null}
        message={null}
      />,
    );
    expect(await screen.findByRole("heading", { name: "部門匯報" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "發出匯報表" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "收集匯報表" })).toBeInTheDocument();
    const register = screen.getByRole("combobox", { name: "登記冊" });
    expect(
      within(register).getByRole("option", { name: "2023年績效指標（保安局，內置）" }),
    ).toBeInTheDocument();
    const departments = screen.getByRole("combobox", { name: "匯報表適用於" });
    expect(within(departments).getByRole("option", { name: "所有部門（一個壓縮檔）" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "匯報表（命令行）" }));
    expect(
      await screen.findByText(/^Mac 版 Excel 不能從增益集儲存檔案（Microsoft 表示這是設計如此）/),
    ).toBeInTheDocument();
  });

  it("Collect returns: the outcome, the counts and a conflict's figures and date are in Chinese", async () => {
    const read = jest.fn().mockResolvedValue({ returns: [FSD], unreadable: [], warnings: [] });
    withWorkbook(
      "zh-HK",
      fakeActions({ collectReturns: jest.fn().mockResolvedValue(COLLECTED) }),
      "returns",
      (c) => <CollectReturnsSection {...c} read={read} />,
    );
    await userEvent
      .setup({ applyAccept: false })
      .upload(await screen.findByLabelText("匯報表（工作簿或 CSV 檔案）"), [new File(["x"], "FSD.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "收集匯報表" }));
    expect(
      await screen.findByText(
        "已把 1 份匯報表收集到「KPIs 2023」：合併 5 項、沒有改變 2 項、不一致 1 項、拒收 0 項。" +
          "被取代的資料已保存在「KPI history」工作表。請核對以更新狀況。",
      ),
    ).toBeInTheDocument();
    const conflicts = screen.getByRole("list", { name: "資料不一致，已標示為需要覆核（1）" });
    expect(conflicts).toHaveTextContent(
      "2023-D-2：FSD.xlsx 填報的實際數字為「120」，完成日期為「2024年9月30日」；" +
        "SB.csv 填報的實際數字為空白，完成日期為空白",
    );
  });

  it("Collect returns: why a file was not read, a row refused, and a file's warning are in Chinese", async () => {
    withWorkbook(
      "zh-HK",
      fakeActions({ collectReturns: jest.fn().mockResolvedValue(COLLECTED_WITH_REFUSALS) }),
      "returns",
      (c) => <CollectReturnsSection {...c} read={jest.fn().mockResolvedValue(READ_WITH_REASONS)} />,
    );
    await userEvent
      .setup({ applyAccept: false })
      .upload(await screen.findByLabelText("匯報表（工作簿或 CSV 檔案）"), [new File(["x"], "FSD.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "收集匯報表" }));
    const unread = await screen.findByRole("list", { name: "未能讀取（2）" });
    expect(itemsOf(unread)).toEqual([
      "minutes.docx：檔案須為 CSV 或 XLSX 格式",
      "GFS.xlsx：工作表「GFS」：沒有載有「KPI ID」或「ID」欄的標題列",
    ]);
    expect(screen.getByRole("list", { name: "拒收的列（1）" })).toHaveTextContent(
      "SB.csv：2023-D-1 屬於 FSD，不屬於 SB",
    );
    expect(screen.getByRole("list", { name: "警告" })).toHaveTextContent(
      "FSD.xlsx：第 4 列有填報資料但沒有 KPI ID，因此不予使用",
    );
  });

  it("Annex: offers the pane's language first, asks for a Chinese annex, and names the KPIs without Chinese text as a warning", async () => {
    const annexFromActiveSheet = jest.fn().mockResolvedValue(CHINESE_ANNEX);
    withWorkbook("zh-HK", fakeActions({ annexFromActiveSheet }), "annex", (c) => (
      <AnnexPanel {...c} asAt="2023-09-30" tolerance={0.1} />
    ));
    expect(await screen.findByRole("radio", { name: "中文" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "英文" })).not.toBeChecked();
    await userEvent.click(screen.getByRole("button", { name: "寫入附件工作表" }));
    expect(annexFromActiveSheet).toHaveBeenCalledWith({
      asAt: "2023-09-30",
      tolerance: 0.1,
      layout: "progress-report",
      language: "zh-HK",
    });
    expect(
      await screen.findByText(
        "3 項績效指標未有中文本：1.2、4.5、7.1。附件已標示這些項目；請在登記冊加入其中文本。",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("以下標題未有中文本：(A)。附件已標示這些標題。")).toBeInTheDocument();
    expect(screen.getByText(/^附件已寫入工作表「Annex 2023」。/)).toBeInTheDocument();
    expect(screen.getByText("並非全部有中文本")).toBeInTheDocument();
  });

  it("Annex: an English pane can ask for a Chinese Word annex, and says in English which KPIs lack Chinese", async () => {
    const annexFromActiveSheet = jest.fn().mockResolvedValue(CHINESE_ANNEX);
    const saveFile = jest.fn();
    const annexDocx = jest.fn().mockResolvedValue(new Uint8Array([1]));
    withWorkbook("en", fakeActions({ annexFromActiveSheet }), "annex", (c) => (
      <AnnexPanel
        {...c}
        asAt="2023-09-30"
        tolerance={0.1}
        saveFile={saveFile}
        loadWordExport={() => Promise.resolve({ annexDocx })}
      />
    ));
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    await userEvent.click(screen.getByRole("radio", { name: "Chinese (中文)" }));
    await userEvent.click(screen.getByRole("button", { name: "Download Word annex" }));
    expect(annexFromActiveSheet).toHaveBeenCalledWith(expect.objectContaining({ language: "zh-HK" }));
    expect(
      await screen.findByText(
        "3 KPIs have no Chinese text: 1.2, 4.5, 7.1. The annex marks them; add their Chinese text to the register.",
      ),
    ).toBeInTheDocument();
    expect(saveFile).toHaveBeenCalledWith(
      new Uint8Array([1]),
      "annex-2023-progress-report-zh-HK.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(
      screen.getByText(/--layout progress-report --lang zh-HK --out annex-2023-progress-report-zh-HK\.docx$/),
    ).toBeInTheDocument();
  });

  it("New register from a KPI list: labels, the announced date as the paper writes it, and the reading in Chinese", async () => {
    const readKpiList = jest.fn().mockResolvedValue({
      sheetName: "清單",
      register: { year: 2024 },
      kpis: 12,
      needsReading: 1,
      overrideProblems: 0,
      saved: false,
    });
    withWorkbook("zh-HK", fakeActions({ readKpiList }), "kpi-list", (c) => (
      <KpiListPanel {...c} onSaved={jest.fn()} />
    ));
    expect(await screen.findByRole("heading", { name: "以績效指標清單建立新登記冊" })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("年份"), { target: { value: "2024" } });
    expect(screen.getByText("《施政報告》公布這份清單的日期。")).toBeInTheDocument();
    const announced = screen.getByLabelText(/^公布日期/);
    fireEvent.change(announced, { target: { value: "16/10/2024" } });
    fireEvent.blur(announced);
    expect(announced).toHaveValue("2024年10月16日");
    expect(screen.getByText("《施政報告》於2024年10月16日公布這份清單。")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "讀取清單" }));
    expect(
      await screen.findByText(
        "已在「清單」讀取 12 項績效指標；讀取結果在清單旁邊。1 項需要留意：請查看「Needs attention」欄，" +
          "在「Correct …」儲存格更正讀取結果，然後按「再次讀取」。",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "再次讀取" })).toBeInTheDocument();
  });

  it("History: the counts, the changes and one KPI's rows, with the paper's Chinese dates", async () => {
    inLanguage("zh-HK", <HistoryPanel history={HISTORY} busy={false} onPick={jest.fn()} picked={PICKED} />);
    expect(await screen.findByText("截至2024年6月30日：逾期 1 項、按計劃進行 4 項")).toBeInTheDocument();
    expect(screen.getByText("全部 2 次核對的狀況數目（全部載於「Dashboard」工作表）")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "自上次核對以來的變動（2）" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /2023-D-1/ })).toHaveTextContent("2023-D-1按計劃進行 → 逾期");
    expect(
      screen.getByText(
        "與截至2024年6月30日的核對（2024年7月2日 08:00:00 UTC）比較。最差的狀況排在最前；選擇一項即可前往該列並查看其記錄。",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /2023-B-1/ })).toHaveTextContent(
      "2023-B-1按計劃進行 → 已完成實際數字：「580」 → 「20000」",
    );
    const table = screen.getByRole("table", { name: "2023-B-1 的記錄" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["截至", "狀況", "實際數字", "完成日期", "備註"]);
    expect(
      within(table)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["2024年6月30日", "按計劃進行", "580", "2024年6月1日", ""]);
  });

  it("Self-check: the outcome and each capability's result in Chinese", async () => {
    const runSelfCheck = jest.fn().mockResolvedValue(SELF_CHECK);
    withWorkbook("zh-HK", fakeActions({ runSelfCheck }), "self-check", (c) => <SelfCheckPanel {...c} />);
    await userEvent.click(await screen.findByRole("button", { name: "檢查這個 Excel" }));
    expect(await screen.findByText("3 項檢查中有 1 項不通過。")).toBeInTheDocument();
    const results = await screen.findByRole("list", { name: "自我檢查結果" });
    expect(itemsOf(results)).toEqual([
      '通過：暫存工作表。 "KPI Tracker check" added',
      "不通過：設定格式化的條件。 ApiNotFound: not found",
      "不支援：對話框。 DialogApi 1.1 missing",
    ]);
    const dialogUrl = new URL(runSelfCheck.mock.calls[0][0] as string);
    expect(dialogUrl.searchParams.get("title")).toBe("KPI Tracker 自我檢查");
    expect(screen.getByRole("button", { name: "複製報告" })).toBeInTheDocument();
  });

  it("Too old an Excel: the title and the message in Chinese", async () => {
    inLanguage("zh-HK", <UnsupportedExcel />);
    expect(await screen.findByText("Excel 需要更新")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "這個版本的 Excel 太舊，不能使用 KPI Tracker。須使用 Microsoft 365 的 Excel（2102 版或較新版本）",
    );
  });
});

/**
 * Words an officer would read in English in a Chinese pane: runs of three or more Latin letters in the
 * visible text and the labels screen readers read, once the allowed ones are taken out. Allowed, and why:
 * - product and key names that Chinese Government papers write in English: Excel, Word, Office,
 *   Microsoft, Mac, JavaScript, Ctrl, and the add-in's name KPI Tracker;
 * - abbreviations in capitals (KPI, CSV, JSON, API, UTC) and the departments' codes (FSD, ImmD), which
 *   the register holds;
 * - file names (FSD.xlsx), and names in quotation marks 「…」 or “…”: sheet names and officers' entries;
 * - command lines (<code>), text marked lang="en" (what Excel itself answered in the self-check), and the
 *   self-check's report for a support desk (a read-only textarea, English by design).
 */
function englishLeftIn(root: HTMLElement): string[] {
  const ALLOWED = /^(Excel|Word|Office|Microsoft|Mac|JavaScript|Ctrl|Tracker|[A-Z]+)$/;
  const allowed = (word: string) => ALLOWED.test(word) || (DEPARTMENTS as readonly string[]).includes(word);
  const strip = (text: string) =>
    text.replace(/「[^」]*」|“[^”]*”/g, " ").replace(/[\w-]+\.(xlsx|csv|docx|json|zip)\b/g, " ");
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code, textarea, [lang="en"], [aria-hidden="true"]')) continue;
    texts.push(node.textContent ?? "");
  }
  for (const element of root.querySelectorAll("[aria-label], [title], [placeholder]"))
    for (const name of ["aria-label", "title", "placeholder"]) texts.push(element.getAttribute(name) ?? "");
  return texts.flatMap((text) =>
    (strip(text).match(/[A-Za-z]{3,}/g) ?? [])
      .filter((word) => !allowed(word))
      .map((word) => `${word} in "${text}"`),
  );
}

describe("no English left in the Chinese pane", () => {
  it("the checker finds an English word, so it can fail", () => {
    const root = document.createElement("div");
    root.innerHTML =
      '<p>已完成 Download <code>npx kpi-tracker</code></p><p aria-label="Results">「KPIs 2023」</p>';
    expect(englishLeftIn(root)).toEqual(['Download in "已完成 Download "', 'Results in "Results"']);
  });

  it("every later step, used, reads in Chinese only", async () => {
    const actions = fakeActions({
      annexFromActiveSheet: jest.fn().mockResolvedValue(CHINESE_ANNEX),
      collectReturns: jest.fn().mockResolvedValue(COLLECTED_WITH_REFUSALS),
      runSelfCheck: jest.fn().mockResolvedValue(SELF_CHECK),
    });
    const read = jest.fn().mockResolvedValue(READ_WITH_REASONS);
    const { container } = inLanguage(
      "zh-HK",
      <>
        <ReturnsPanel
          sources={SEED_REGISTERS}
          asAt="2023-09-30"
          platform="Mac"
          run={jest.fn()}
          busy={null}
          message={null}
        />
        <div data-testid="collect">
          <PanelWithWorkbook
            actions={actions}
            area="returns"
            panel={(c) => <CollectReturnsSection {...c} read={read} />}
          />
        </div>
        <PanelWithWorkbook
          actions={actions}
          area="annex"
          panel={(c) => <AnnexPanel {...c} asAt="2023-09-30" tolerance={0.1} platform="Mac" />}
        />
        <PanelWithWorkbook
          actions={actions}
          area="kpi-list"
          panel={(c) => <KpiListPanel {...c} onSaved={jest.fn()} />}
        />
        <PanelWithWorkbook actions={actions} area="self-check" panel={(c) => <SelfCheckPanel {...c} />} />
        <HistoryPanel history={HISTORY} busy={false} onPick={jest.fn()} picked={PICKED} />
        <UnsupportedExcel />
      </>,
    );
    await screen.findByRole("heading", { name: "部門匯報" });
    const user = userEvent.setup({ applyAccept: false });
    await user.click(screen.getByRole("button", { name: "匯報表（命令行）" }));
    const collect = screen.getByTestId("collect");
    await user.upload(within(collect).getByLabelText("匯報表（工作簿或 CSV 檔案）"), [
      new File(["x"], "FSD.xlsx"),
    ]);
    await user.click(within(collect).getByRole("button", { name: "收集匯報表" }));
    await screen.findByRole("list", { name: "資料不一致，已標示為需要覆核（1）" });
    await user.click(screen.getByRole("button", { name: "Word 附件（命令行）" }));
    await screen.findByText(/^3 項績效指標未有中文本/);
    await user.click(screen.getByRole("button", { name: "檢查這個 Excel" }));
    await screen.findByRole("list", { name: "自我檢查結果" });
    await act(async () => undefined);

    expect(englishLeftIn(container)).toEqual([]);
    // Seven panels and four commands: slow on a shared runner, not a hang.
  }, 30_000);
});
