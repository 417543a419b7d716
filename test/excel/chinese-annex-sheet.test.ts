/** The Chinese annex in Excel: from a tracking table whose register carries Chinese text, to its own sheet. */
import { buildAnnex } from "../../src/core/annex";
import { runsText } from "../../src/core/register/kpi-text";
import { annexFromActiveSheet } from "../../src/excel/annex-from-sheet";
import { writeAnnexSheet } from "../../src/excel/annex-sheet";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { readWorkbookRegisters } from "../../src/excel/settings";
import { annexExtras, installAnnexSupport } from "../excel-double/annex-support";
import { typeInto } from "../excel-double/install";
import { chineseRegister } from "../core/annex/chinese-fixture";
import { installDouble } from "./helpers";

installAnnexSupport();

const AS_AT = "2024-06-30";

describe("the Chinese annex from the tracking sheet", () => {
  it("keeps the register's Chinese text in the workbook and builds the annex in Chinese on request", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: chineseRegister, asAt: AS_AT });
    typeInto(model, "KpiTracker2023", "2023-A-1", "Latest progress", "已完成600次巡查。");

    expect(await readWorkbookRegisters()).toEqual([chineseRegister]);
    const annex = await annexFromActiveSheet({
      asAt: AS_AT,
      tolerance: 0.1,
      layout: "progress-report",
      language: "zh-HK",
    });
    expect(annex.language).toBe("zh-HK");
    expect(annex.columns[2]).toBe("最新進展（截至2024年6月30日）");
    expect(annex.areas[0].heading).toBe("（一）保家安邦");
    expect(annex.untranslatedKpiIds).toEqual(["2023-A-2", "2023-B-1"]);
    const first = annex.areas[0].measures[0].rows[0];
    expect(runsText(first.kpi)).toBe("消防處會在2024年年底前進行750次主動巡查。");
    expect(first.progress?.narrative.map(runsText)).toEqual(["已完成600次巡查。"]);

    const english = await annexFromActiveSheet({ asAt: AS_AT, tolerance: 0.1, layout: "kpi-list" });
    expect(english.language).toBe("en");
    expect(english.areas[0].heading).toBe("(I) Safeguarding Our Country and Home");
  });
});

describe("writeAnnexSheet in Chinese", () => {
  const chinese = () =>
    buildAnnex({ register: chineseRegister, asAt: "2024-09-30", layout: "kpi-list", language: "zh-HK" });
  const english = () => buildAnnex({ register: chineseRegister, asAt: "2024-09-30", layout: "kpi-list" });

  it("writes 「附件 2023」 in PMingLiU, beside the English annex and without replacing it", async () => {
    const { model } = installDouble();
    await writeAnnexSheet(english());
    const outcome = await writeAnnexSheet(chinese());
    expect(outcome).toEqual({ sheetName: "附件 2023", replaced: false, nameTaken: false });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Annex 2023", "附件 2023"]),
    );
    const sheet = model.sheet("附件 2023")!;
    expect(sheet.peek(2, 0)?.value).toBe("措施");
    expect(sheet.peek(2, 1)?.value).toBe("績效指標");
    expect(sheet.peek(3, 0)?.value).toBe("（一）保家安邦");
    expect(annexExtras(sheet).fontName.map((font) => font.name)).toEqual(["PMingLiU"]);
    expect(annexExtras(model.sheet("Annex 2023")!).fontName.map((font) => font.name)).toEqual([
      "Times New Roman",
    ]);
    expect(model.sheet("Annex 2023")!.peek(2, 0)?.value).toBe("Measures");
  });

  it("leaves a user's own sheet named 「附件 2023」 alone", async () => {
    const { model } = installDouble();
    model.addSheet("附件 2023");
    const outcome = await writeAnnexSheet(chinese());
    expect(outcome).toEqual({ sheetName: "附件 2023 (2)", replaced: false, nameTaken: true });
  });
});
