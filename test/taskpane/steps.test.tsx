/**
 * Issue 15.1, 15.2, 15.3: the pane as the officer's year in steps, opened on the step that fits the
 * workbook; the as-at date as the paper writes it, typed or picked by keyboard; English / 中文.
 */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { SEED_2023_SOURCES } from "./whole-pane";
import type { Language } from "../../src/core/language/language";
import { App } from "../../src/taskpane/App";
import { LanguageProvider } from "../../src/taskpane/language/LanguageProvider";
import type { ChoiceStore } from "../../src/taskpane/language/language-choice";
import type { WorkbookActions } from "../../src/taskpane/workbook-actions";
import { SUMMARY, fakeActions } from "./fake-actions";

jest.mock("../../src/excel/office-workbook-actions", () => ({
  get officeWorkbookActions() {
    throw new Error("components must use the actions they are given");
  },
}));

function memoryStore(): ChoiceStore & { saved: Record<string, string> } {
  const saved: Record<string, string> = {};
  return { saved, getItem: (key) => saved[key] ?? null, setItem: (key, value) => void (saved[key] = value) };
}

function renderPane(actions: WorkbookActions, language: Language = "en", store: ChoiceStore = memoryStore()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={language} store={store}>
        <App inExcel actions={actions} sources={SEED_2023_SOURCES} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

const selectedTab = () => screen.getByRole("tab", { selected: true });

describe("the step the pane opens on", () => {
  it("is Register in a workbook without a KPI table, and Progress then says to load a register first", async () => {
    const actions = fakeActions({ hasTrackingTable: jest.fn().mockResolvedValue(false) });
    renderPane(actions);
    expect(await screen.findByRole("button", { name: "Load register" })).toBeEnabled();
    expect(selectedTab()).toHaveTextContent("Register");
    await userEvent.click(screen.getByRole("tab", { name: "Progress" }));
    expect(
      await screen.findByText("Load a register first: go to Register and press Load register."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Validate" })).toBeNull();
  });

  it("is Progress where a KPI table exists, saying to validate before any result", async () => {
    const actions = fakeActions({ hasTrackingTable: jest.fn().mockResolvedValue(true) });
    renderPane(actions);
    expect(await screen.findByRole("button", { name: "Validate" })).toBeInTheDocument();
    expect(selectedTab()).toHaveTextContent("Progress");
    expect(
      screen.getByText("Check the as-at date and press Validate to see which KPIs need attention."),
    ).toBeInTheDocument();
    expect(actions.hasTrackingTable).toHaveBeenCalledTimes(1);
  });

  it("is Register when Excel cannot say, and a load then makes Progress usable", async () => {
    const actions = fakeActions({ hasTrackingTable: jest.fn().mockRejectedValue(new Error("busy")) });
    renderPane(actions);
    await userEvent.click(await screen.findByRole("button", { name: "Load register" }));
    await waitFor(() => expect(actions.loadTrackingTable).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole("tab", { name: "Progress" }));
    expect(await screen.findByRole("button", { name: "Validate" })).toBeEnabled();
  });

  it("keeps the step the officer chose before the workbook answered", async () => {
    let answer!: (found: boolean) => void;
    const actions = fakeActions({
      hasTrackingTable: jest.fn().mockReturnValue(new Promise<boolean>((resolve) => (answer = resolve))),
    });
    renderPane(actions);
    await userEvent.click(screen.getByRole("tab", { name: "Check" }));
    await act(async () => answer(true));
    expect(selectedTab()).toHaveTextContent("Check");
    expect(await screen.findByRole("button", { name: "Check this Excel" })).toBeInTheDocument();
  });
});

describe("the as-at date", () => {
  async function asAtField() {
    const field = await screen.findByLabelText(/As at/);
    await waitFor(() => expect(field).toHaveValue("30 June 2024"));
    return field;
  }

  it.each([["30/9/2024"], ["30 September 2024"], ["2024-09-30"], ["2024年9月30日"]])(
    "reads %p typed and Enter as 30 September 2024, and validates as at 2024-09-30",
    async (typed) => {
      const user = userEvent.setup();
      const actions = fakeActions();
      renderPane(actions);
      const field = await asAtField();
      await user.clear(field);
      await user.type(field, `${typed}{Enter}`);
      expect(field).toHaveValue("30 September 2024");
      await user.click(screen.getByRole("button", { name: "Validate" }));
      expect(actions.validateActiveSheet).toHaveBeenCalledWith({ asAt: "2024-09-30", tolerance: 0.1 });
    },
  );

  it("says an impossible date is not one and keeps the last good date", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderPane(actions);
    const field = await asAtField();
    await user.clear(field);
    await user.type(field, "31/9/2024");
    await user.tab();
    expect(
      screen.getByText(
        "“31/9/2024” is not a real date. Write e.g. 30 September 2024, 30/9/2024 or 2024-09-30. The as-at date stays 30 June 2024.",
      ),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(actions.validateActiveSheet).toHaveBeenCalledWith({ asAt: "2024-06-30", tolerance: 0.1 });
  });

  it("is picked by keyboard: day, month and year lists, then Use this date", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderPane(actions);
    const field = await asAtField();
    const pick = screen.getByRole("button", { name: "Pick the as-at date" });
    pick.focus();
    await user.keyboard("{Enter}");
    expect(pick).toHaveAttribute("aria-expanded", "true");
    const dialog = screen.getByRole("group", { name: "Pick the as-at date" });
    await user.selectOptions(within(dialog).getByLabelText("Month"), "September");
    await user.selectOptions(within(dialog).getByLabelText("Day"), "30");
    within(dialog).getByRole("button", { name: "Use this date" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(field).toHaveValue("30 September 2024"));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(actions.validateActiveSheet).toHaveBeenCalledWith({ asAt: "2024-09-30", tolerance: 0.1 });
  });

  it("reads 2024年6月30日 in Chinese, and the results give their date the same way", async () => {
    const user = userEvent.setup();
    renderPane(fakeActions(), "zh-HK");
    const field = await screen.findByLabelText(/截至/);
    await waitFor(() => expect(field).toHaveValue("2024年6月30日"));
    await user.click(screen.getByRole("button", { name: "核對" }));
    expect(
      await screen.findByText("「KPIs 2023」截至2024年6月30日共 5 項績效指標：3 項需跟進，1 項已完成。"),
    ).toBeInTheDocument();
  });
});

describe("English / 中文", () => {
  it("switches the steps, the buttons, the status words and a message already shown, and remembers", async () => {
    const user = userEvent.setup();
    const store = memoryStore();
    renderPane(fakeActions(), "en", store);
    const switcher = screen.getByRole("group", { name: "Language / 語言" });
    await user.click(await screen.findByRole("button", { name: "Validate" }));
    const flagged = await screen.findByRole("button", { name: /2023-D-1/ });
    expect(flagged).toHaveTextContent("Overdue");
    await user.click(screen.getByRole("button", { name: "Sort: worst status first" }));
    expect(await screen.findByText('Sorted "KPIs 2023"')).toBeInTheDocument();

    await user.click(within(switcher).getByRole("button", { name: "中文" }));
    expect(await screen.findByRole("tab", { name: "進展" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("group", { name: "語言 / Language" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "核對" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /2023-D-1/ })).toHaveTextContent("逾期");
    expect(screen.getByText("已排序「KPIs 2023」")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
    expect(store.saved["kpi-tracker.language"]).toBe("zh-HK");
    expect(SUMMARY.flagged[0].status).toBe("overdue");
  });
});
