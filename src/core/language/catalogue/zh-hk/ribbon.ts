import type { RIBBON_EN } from "../en/ribbon";

export const RIBBON_ZH_HK: Readonly<Record<keyof typeof RIBBON_EN, string>> = {
  "ribbon.validateDidNotRun": "未能核對",
  "ribbon.dialog.title": "績效指標追蹤",
  "ribbon.dialog.close": "關閉",
  "ribbon.manifest.displayName": "績效指標追蹤",
  "ribbon.manifest.description":
    "在 Excel 登記冊內按目標追蹤政策的績效指標：載入績效指標表，核對填報資料及狀況，並匯出可用於附件的 Excel 及 Word 表格。",
  "ribbon.manifest.getStartedTitle": "績效指標追蹤已準備就緒",
  "ribbon.manifest.getStartedDescription":
    "在「常用」索引標籤開啟績效指標追蹤，載入績效指標登記冊、加以核對，並匯出附件表格。",
  "ribbon.manifest.groupLabel": "績效指標追蹤",
  "ribbon.manifest.paneButtonLabel": "績效指標追蹤",
  "ribbon.manifest.paneButtonTip":
    "開啟績效指標追蹤窗格，以載入績效指標登記冊、按目標覆核各項狀況，並匯出附件表格。",
  "ribbon.manifest.validateButtonLabel": "核對",
  "ribbon.manifest.validateButtonTip":
    "無須開啟窗格，即可核對登記冊內每行績效指標有否遺漏或無效的填報，並重新計算狀況。",
};
