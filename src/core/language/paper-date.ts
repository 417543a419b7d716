import { MONTH_NAMES } from "../vocabulary";
import type { Language } from "./language";

/**
 * An ISO date (YYYY-MM-DD) as the paper writes it: "30 September 2023" in the English paper and
 * 「2023年9月30日」 in the Chinese one, whatever the reader's locale.
 */
export function formatDateAsPaper(iso: string, language: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  return language === "zh-HK" ? `${year}年${month}月${day}日` : `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
