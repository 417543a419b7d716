import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { EN } from "../../src/core/language/catalogue/en";
import { ZH_HK } from "../../src/core/language/catalogue/zh-hk";
import type { Language } from "../../src/core/language/language";
import { LanguageProvider } from "../../src/taskpane/language/LanguageProvider";

const BOTH = { en: EN, "zh-HK": ZH_HK } as const;

/**
 * Renders pane components as the pane does, inside its LanguageProvider, with both catalogues already
 * in memory so the first render is complete.
 */
export function renderInPane(ui: React.ReactElement, language: Language = "en"): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => (
      <LanguageProvider initial={language} preloaded={BOTH}>
        {children}
      </LanguageProvider>
    ),
  });
}
