/**
 * Issue 15.7: the pane's first download carries only the frame's words; each language's whole catalogue
 * is fetched at start-up, and the steps wait for it. These tests hold the fetch in their hands.
 */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { EN, type Catalogue } from "../../src/core/language/catalogue/en";
import { ZH_HK } from "../../src/core/language/catalogue/zh-hk";
import type { Language } from "../../src/core/language/language";
import { App } from "../../src/taskpane/App";
import { LanguageProvider, usePaneLanguage } from "../../src/taskpane/language/LanguageProvider";
import { fakeActions } from "./fake-actions";

interface Pending {
  language: Language;
  resolve(catalogue: Catalogue): void;
  reject(error: Error): void;
}
const pending: Pending[] = [];

jest.mock("../../src/taskpane/language/load-catalogue", () => ({
  ...jest.requireActual("../../src/taskpane/language/load-catalogue"),
  loadCatalogue: (language: Language) =>
    new Promise((resolve, reject) => pending.push({ language, resolve, reject })),
}));

beforeEach(() => {
  pending.length = 0;
});

async function settle(language: Language, outcome: Catalogue | Error): Promise<void> {
  const fetch = pending.find((p) => p.language === language);
  if (!fetch) throw new Error(`nothing is fetching ${language}: ${pending.map((p) => p.language)}`);
  pending.splice(pending.indexOf(fetch), 1);
  await act(async () => {
    if (outcome instanceof Error) fetch.reject(outcome);
    else fetch.resolve(outcome);
  });
}

function renderApp(initial: Language) {
  return render(
    <LanguageProvider initial={initial}>
      <FluentProvider theme={webLightTheme}>
        <App inExcel={false} actions={fakeActions()} />
      </FluentProvider>
    </LanguageProvider>,
  );
}

describe("the pane before its catalogue arrives", () => {
  it("shows its frame at once, holds the step back, and opens it when the English catalogue comes", async () => {
    renderApp("en");
    expect(screen.getByRole("heading", { name: "KPI Tracker" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Register" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("Opening the step…")).toBeInTheDocument();
    expect(screen.queryByRole("tabpanel")).toBeNull();
    expect(pending.map((p) => p.language)).toEqual(["en"]);

    await settle("en", EN);
    expect(await screen.findByRole("tabpanel")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Load register" })).toBeDisabled();
  });

  it("in Chinese, fetches only Chinese and opens the step in Chinese", async () => {
    renderApp("zh-HK");
    expect(pending.map((p) => p.language)).toEqual(["zh-HK"]);
    expect(screen.queryByRole("tabpanel")).toBeNull();
    await settle("zh-HK", ZH_HK);
    expect(await screen.findByRole("tab", { name: "登記冊" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("tabpanel")).toBeInTheDocument();
  });

  it("falls back to English when Chinese cannot be fetched", async () => {
    renderApp("zh-HK");
    await settle("zh-HK", new Error("chunk failed"));
    expect(pending.map((p) => p.language)).toEqual(["en"]);
    await settle("en", EN);
    expect(await screen.findByRole("button", { name: "Load register" })).toBeInTheDocument();
  });

  it("says so, instead of waiting for ever, when no catalogue can be fetched", async () => {
    renderApp("en");
    await settle("en", new Error("offline"));
    expect(screen.getByText(EN["pane.catalogue.failed"])).toBeInTheDocument();
    expect(screen.queryByText("Opening the step…")).toBeNull();
    expect(screen.queryByRole("tabpanel")).toBeNull();
  });
});

describe("reading the catalogue", () => {
  function Reader({ word }: { word: Parameters<ReturnType<typeof usePaneLanguage>["t"]>[0] }) {
    const { t } = usePaneLanguage();
    return <p>{t(word)}</p>;
  }

  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("gives the frame's words before the catalogue arrives", () => {
    render(
      <LanguageProvider initial="en">
        <Reader word="pane.step.annex" />
      </LanguageProvider>,
    );
    expect(screen.getByText("Annex")).toBeInTheDocument();
  });

  it("refuses a step's word before the catalogue arrives, so a step never shows a bare key", () => {
    expect(() =>
      render(
        <LanguageProvider initial="en">
          <Reader word="status.overdue" />
        </LanguageProvider>,
      ),
    ).toThrow('"status.overdue" was read before the pane\'s catalogue arrived');
  });

  it("needs a LanguageProvider above every pane component", () => {
    expect(() => render(<Reader word="pane.title" />)).toThrow("outside a LanguageProvider");
  });
});
