import type { RichText } from "./schema";

/** The runs' text as one string, emphasis dropped. */
export function runsText(runs: RichText): string {
  return runs.map((run) => run.text).join("");
}

/** A KPI's text without emphasis, whitespace collapsed: what the target parser reads. */
export function kpiPlainText(richText: RichText): string {
  return runsText(richText).replace(/\s+/g, " ").trim();
}
