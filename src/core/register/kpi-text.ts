import type { RichText } from "./schema";

/** A KPI's text without emphasis, whitespace collapsed: what the target parser reads. */
export function kpiPlainText(richText: RichText): string {
  return richText
    .map((run) => run.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
