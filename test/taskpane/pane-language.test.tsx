/**
 * The pane's language (issue 15.3): Office's display language picks it, the officer's own choice
 * overrides it and is remembered, Chinese arrives on demand, and the page's lang attribute follows.
 */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { LanguageProvider, usePaneLanguage } from "../../src/taskpane/language/LanguageProvider";
import { startingLanguage, type ChoiceStore } from "../../src/taskpane/language/language-choice";

function memoryStore(initial: Record<string, string> = {}): ChoiceStore & { saved: Record<string, string> } {
  const saved = { ...initial };
  return {
    saved,
    getItem: (key) => saved[key] ?? null,
    setItem: (key, value) => {
      saved[key] = value;
    },
  };
}

function Probe(): React.JSX.Element {
  const { language, ready, t, formatDate, choose } = usePaneLanguage();
  return (
    <div>
      <p data-testid="language">{language}</p>
      <p data-testid="word">{ready ? t("status.overdue") : t("pane.step.opening")}</p>
      <p data-testid="date">{formatDate("2024-09-30")}</p>
      <button onClick={() => choose("zh-HK")}>Chinese</button>
      <button onClick={() => choose("en")}>English</button>
    </div>
  );
}

describe("the language the pane starts in", () => {
  it("follows Office's display language when the officer has not chosen", () => {
    expect(startingLanguage(memoryStore(), "zh-HK")).toBe("zh-HK");
    expect(startingLanguage(memoryStore(), "en-GB")).toBe("en");
    expect(startingLanguage(undefined, undefined)).toBe("en");
  });

  it("keeps the officer's choice over Office's, and ignores a stored value it does not know", () => {
    expect(startingLanguage(memoryStore({ "kpi-tracker.language": "en" }), "zh-TW")).toBe("en");
    expect(startingLanguage(memoryStore({ "kpi-tracker.language": "zh-HK" }), "en-US")).toBe("zh-HK");
    expect(startingLanguage(memoryStore({ "kpi-tracker.language": "fr" }), "zh-TW")).toBe("zh-HK");
  });

  it("starts when storage is blocked", () => {
    const blocked: ChoiceStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(startingLanguage(blocked, "zh-HK")).toBe("zh-HK");
  });
});

describe("switching the pane's language", () => {
  it("loads Chinese, shows the paper's Chinese date, sets lang, and remembers the choice", async () => {
    const store = memoryStore();
    render(
      <LanguageProvider initial="en" store={store}>
        <Probe />
      </LanguageProvider>,
    );
    await screen.findByText("Overdue");
    expect(screen.getByTestId("date").textContent).toBe("30 September 2024");
    expect(document.documentElement.lang).toBe("en");

    act(() => screen.getByText("Chinese").click());
    await screen.findByText("逾期");
    expect(screen.getByTestId("date").textContent).toBe("2024年9月30日");
    expect(document.documentElement.lang).toBe("zh-HK");
    expect(store.saved).toEqual({ "kpi-tracker.language": "zh-HK" });

    act(() => screen.getByText("English").click());
    await screen.findByText("Overdue");
    expect(store.saved).toEqual({ "kpi-tracker.language": "en" });
  });

  it("opens in Chinese when that is the starting language", async () => {
    render(
      <LanguageProvider initial="zh-HK">
        <Probe />
      </LanguageProvider>,
    );
    await screen.findByText("逾期");
    expect(screen.getByTestId("language").textContent).toBe("zh-HK");
  });
});
