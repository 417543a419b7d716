import type { EmphasisSpan } from "../target-parser/parse-targets";
import type { RichText } from "./schema";

/** Plain KPI text as runs, the given spans (target figures and times) bold, as the paper prints them. */
export function boldRuns(text: string, spans: ReadonlyArray<EmphasisSpan>): RichText {
  const runs: RichText = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (from > at) runs.push({ text: text.slice(at, from) });
    runs.push({ text: text.slice(from, to), bold: true });
    at = to;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
