import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../core/language/language";
import { App } from "./App";
import { UnsupportedExcel } from "./components/UnsupportedExcel";
import { LanguageProvider } from "./language/LanguageProvider";
import { paneStore, startingLanguage } from "./language/language-choice";
import { MIN_EXCEL_API } from "./requirement-sets";
import type { WorkbookActions } from "./workbook-actions";

/** The parts of the Office global the start-up reads (the whole of it in the add-in, a fake in tests). */
export type OfficeAtStartup = Pick<typeof Office, "onReady" | "HostType" | "context">;

type Pane = { kind: "app"; inExcel: boolean; platform?: string | null } | { kind: "unsupported" };

function render(container: HTMLElement, pane: Pane, actions: WorkbookActions, language: Language): void {
  // createRoot replaces the page's static "starting" text (taskpane.html) with the pane.
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={language} store={paneStore()}>
        {pane.kind === "unsupported" ? (
          <UnsupportedExcel />
        ) : (
          <App inExcel={pane.inExcel} platform={pane.platform ?? null} actions={actions} />
        )}
      </LanguageProvider>
    </FluentProvider>,
  );
}

/** Office's display language, where Office gives one. */
function displayLanguageOf(office: OfficeAtStartup | undefined): string | undefined {
  try {
    return office?.context?.displayLanguage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Mounts the pane once Office is ready. An Excel without the add-in's minimum ExcelApi set (the
 * manifest should keep it from opening the pane at all) gets a message instead of a pane whose
 * buttons would fail.
 */
export async function startPane(
  container: HTMLElement,
  office: OfficeAtStartup | undefined,
  actions: WorkbookActions,
): Promise<void> {
  if (!office) {
    render(container, { kind: "app", inExcel: false }, actions, startingLanguage(paneStore(), undefined));
    return;
  }
  let inExcel: boolean;
  let platform: string | null;
  try {
    const info = await office.onReady();
    inExcel = info.host === office.HostType.Excel;
    platform = info.platform ? String(info.platform) : null;
  } catch {
    render(container, { kind: "app", inExcel: false }, actions, startingLanguage(paneStore(), undefined));
    return;
  }
  const language = startingLanguage(paneStore(), displayLanguageOf(office));
  const supported = !inExcel || office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API);
  render(
    container,
    supported ? { kind: "app", inExcel, platform } : { kind: "unsupported" },
    actions,
    language,
  );
}
