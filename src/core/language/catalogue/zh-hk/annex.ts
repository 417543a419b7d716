import type { ANNEX_PAPER_EN } from "../en/annex";

export const ANNEX_PAPER_ZH_HK: Readonly<Record<keyof typeof ANNEX_PAPER_EN, string>> = {
  "annex-paper.column.measures": "措施",
  "annex-paper.column.kpis": "績效指標",
  "annex-paper.column.progress": "最新進展（截至{date}）",
  "annex-paper.untranslated": "［未有中文本］",
  "annex-paper.untranslated-warning": "{count}項績效指標或標題未有中文本，附件已加標示並列出英文本：{ids}",
};
