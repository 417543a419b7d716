import type { STATUS_WORDS_EN } from "../en/statuses";

export const STATUS_WORDS_ZH_HK: Readonly<Record<keyof typeof STATUS_WORDS_EN, string>> = {
  "status.invalid": "資料無效",
  "status.needs-review": "需要覆核",
  "status.completed": "已完成",
  "status.overdue": "逾期",
  "status.off-track": "進度落後",
  "status.on-track": "按計劃進行",
  "status.not-reported": "未有匯報",
  "phrase.completed": "已完成。",
  "phrase.on-track": "按計劃進行。",
  "phrase.off-track": "正朝着目標進發。",
  "phrase.overdue": "進度有所延誤。",
  "phrase.not-reported": "進展有待匯報。",
  "phrase.needs-review": "有待確定。",
  "phrase.invalid": "有待確定。",
};
