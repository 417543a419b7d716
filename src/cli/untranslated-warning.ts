import type { Annex } from "../core/annex/model";
import { cliTranslator } from "./cli-language";

/**
 * The warning for a Chinese annex that lacks Chinese text somewhere, in the annex's language: the KPI ids
 * and headings ("title", "(I)", "(A)") it marks. Undefined when nothing lacks it.
 */
export function untranslatedWarning(annex: Annex): string | undefined {
  const missing = [...annex.untranslatedHeadings, ...annex.untranslatedKpiIds];
  if (missing.length === 0) return undefined;
  const t = cliTranslator(annex.language);
  return t("annex-paper.untranslated-warning", { count: missing.length, ids: missing.join(", ") });
}
