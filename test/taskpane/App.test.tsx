import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { SEED_2023_SOURCES } from "./whole-pane";
import { App } from "../../src/taskpane/App";
import type { WorkbookActions } from "../../src/taskpane/workbook-actions";
import register2023 from "../../seeds/kpis-2023.json";
import { SUMMARY, fakeActions } from "./fake-actions";
import type { Annex } from "../../src/core/annex/model";

// Components must never reach Excel: the real adapter is replaced by a module that fails loudly.
jest.mock("../../src/excel/office-workbook-actions", () => ({
  get officeWorkbookActions() {
    throw new Error("components must use the actions they are given");
  },
}));

/** Opens a step by its tab, as an officer would; the step's chunk may take a moment to arrive. */
async function goTo(step: string): Promise<void> {
  await userEvent.click(await screen.findByRole("tab", { name: step }));
}

function renderApp(actions: WorkbookActions, inExcel = true) {
  return renderInPane(
    <FluentProvider theme={webLightTheme}>
      <App inExcel={inExcel} actions={actions} sources={SEED_2023_SOURCES} />
    </FluentProvider>,
  );
}

describe("the task pane", () => {
  it("outside Excel says to open it in Excel, opens on Register and disables the workbook actions", async () => {
    const actions = fakeActions();
    renderApp(actions, false);
    expect(screen.getByText("Open this in Excel")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Register" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("button", { name: "Load register" })).toBeDisabled();
    await goTo("Progress");
    expect(await screen.findByRole("button", { name: "Validate" })).toBeDisabled();
    expect(actions.hasTrackingTable).not.toHaveBeenCalled();
    expect(actions.readTrackingSettings).not.toHaveBeenCalled();
    expect(actions.startLiveValidation).not.toHaveBeenCalled();
  });

  it("starts with the remembered as-at date and turns on live re-validation", async () => {
    const actions = fakeActions({
      readTrackingSettings: jest.fn().mockResolvedValue({ asAt: "2024-03-31", tolerance: 0.25 }),
    });
    renderApp(actions);
    await waitFor(() => expect(screen.getByLabelText(/As at/)).toHaveValue("31 March 2024"));
    expect(screen.getByLabelText(/Tolerance/)).toHaveValue(25);
    expect(actions.startLiveValidation).toHaveBeenCalledTimes(1);
  });

  it("loads the chosen register with the department filter and reports what was kept", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await waitFor(() => expect(screen.getByLabelText(/As at/)).toHaveValue("30 June 2024"));
    await goTo("Register");
    await user.click(await screen.findByRole("checkbox", { name: "FSD" }));
    await user.click(screen.getByRole("checkbox", { name: "CSD" }));
    await user.click(screen.getByRole("button", { name: "Load register" }));
    await waitFor(() => expect(actions.loadTrackingTable).toHaveBeenCalledTimes(1));
    const request = actions.loadTrackingTable.mock.calls[0][0];
    expect(request.register.year).toBe(2023);
    expect(request.departments).toEqual(["FSD", "CSD"]);
    expect(request.asAt).toBe("2024-06-30");
    expect(await screen.findByText(/47 kept with their entries, 1 new/)).toBeInTheDocument();
    expect(screen.getByText(/1 no longer in the register/)).toBeInTheDocument();
  });

  it("refuses a bad register file, lists the errors, and writes nothing", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await goTo("Register");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Register to load" }), "import");
    const bad = new File([JSON.stringify({ schemaVersion: 1, year: "twenty" })], "bad.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Register file"), bad);
    await user.click(screen.getByRole("button", { name: "Load register" }));
    expect(await screen.findByText("Register refused")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").some((li) => /year/.test(li.textContent ?? ""))).toBe(true);
    expect(actions.loadTrackingTable).not.toHaveBeenCalled();
  });

  it("refuses a file that is not JSON", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await goTo("Register");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Register to load" }), "import");
    await user.upload(
      screen.getByLabelText("Register file"),
      new File(["not json"], "notes.json", { type: "application/json" }),
    );
    await user.click(screen.getByRole("button", { name: "Load register" }));
    expect(await screen.findByText(/notes.json is not a JSON file/)).toBeInTheDocument();
    expect(actions.loadTrackingTable).not.toHaveBeenCalled();
  });

  it("imports a good register file", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await goTo("Register");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Register to load" }), "import");
    await user.upload(
      screen.getByLabelText("Register file"),
      new File([JSON.stringify(register2023)], "kpis.json"),
    );
    await user.click(screen.getByRole("button", { name: "Load register" }));
    await waitFor(() => expect(actions.loadTrackingTable).toHaveBeenCalledTimes(1));
    expect(actions.loadTrackingTable.mock.calls[0][0].departments).toEqual([]);
  });

  it("validates with the as-at date and tolerance, shows counts and flagged rows, and selects a row on click", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await waitFor(() => expect(screen.getByLabelText(/As at/)).toHaveValue("30 June 2024"));
    const asAt = screen.getByLabelText(/As at/);
    await user.clear(asAt);
    await user.type(asAt, "2024-12-31");
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(asAt).toHaveValue("31 December 2024");
    expect(actions.validateActiveSheet).toHaveBeenCalledWith({ asAt: "2024-12-31", tolerance: 0.1 });

    const results = await screen.findByRole("region", { name: "Results" });
    expect(
      within(results).getByText("5 KPIs on “KPIs 2023” as at 30 June 2024: 3 flagged, 1 completed."),
    ).toBeInTheDocument();
    const table = within(results).getByRole("table", { name: "KPIs per department" });
    const fsd = within(table).getByRole("row", { name: /FSD/ });
    expect(
      within(fsd)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["FSD", "2", "1", "1"]);

    const flagged = within(results).getByRole("list", { name: /Flagged rows/ });
    expect(
      within(flagged)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining("2023-D-1"),
      expect.stringContaining("2023-B-1"),
      expect.stringContaining("2023-C-2"),
    ]);
    await user.click(within(flagged).getByRole("button", { name: /2023-B-1/ }));
    expect(actions.selectKpiRow).toHaveBeenCalledWith(SUMMARY.flagged[1]);

    const legend = screen.getByRole("region", { name: "Statuses" });
    expect(within(legend).getByLabelText("1 Overdue")).toBeInTheDocument();
  });

  it("builds the annex from the active sheet with the pane's as-at date, layout and tolerance", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await waitFor(() => expect(screen.getByLabelText(/As at/)).toHaveValue("30 June 2024"));
    await goTo("Annex");
    await userEvent.click(await screen.findByRole("radio", { name: "KPI list" }));
    await userEvent.click(screen.getByRole("button", { name: "Write annex sheet" }));
    expect(actions.annexFromActiveSheet).toHaveBeenCalledWith({
      asAt: "2024-06-30",
      tolerance: 0.1,
      layout: "kpi-list",
      language: "en",
    });
    const annex = screen.getByRole("region", { name: "Annex" });
    expect(await within(annex).findByText("There is no KPI table on this sheet.")).toBeInTheDocument();
    expect(within(annex).getByText("The annex sheet was not written")).toBeInTheDocument();
    expect(actions.writeAnnexSheet).not.toHaveBeenCalled();
  });

  it("writes the annex sheet through its actions and says where it went", async () => {
    const annex = {
      year: 2023,
      language: "en",
      untranslatedKpiIds: [],
      untranslatedHeadings: [],
    } as unknown as Annex;
    const actions = fakeActions({
      annexFromActiveSheet: jest.fn().mockResolvedValue(annex),
      writeAnnexSheet: jest
        .fn()
        .mockResolvedValue({ sheetName: "Annex 2023 (2)", replaced: false, nameTaken: true }),
    });
    renderApp(actions);
    await goTo("Annex");
    await userEvent.click(await screen.findByRole("button", { name: "Write annex sheet" }));
    expect(
      await within(screen.getByRole("region", { name: "Annex" })).findByText(
        'Annex written to sheet "Annex 2023 (2)". A sheet of yours already had the usual name; it was left as it is.',
      ),
    ).toBeInTheDocument();
    expect(actions.writeAnnexSheet).toHaveBeenCalledWith(annex);
  });

  it("shows a failure's words under the title of the action that failed", async () => {
    const user = userEvent.setup();
    const refusal = new Error("The sheet is protected, perhaps by someone else with a password.");
    const actions = fakeActions({ validateActiveSheet: jest.fn().mockRejectedValue(refusal) });
    renderApp(actions);
    await user.click(await screen.findByRole("button", { name: "Validate" }));
    expect(await screen.findByText("Validate failed")).toBeInTheDocument();
    expect(
      screen.getByText("The sheet is protected, perhaps by someone else with a password."),
    ).toBeInTheDocument();
  });

  it("switches sheet protection and shows the new state", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    const toggle = await screen.findByRole("switch", { name: /Protect "KPIs 2023"/ });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription("Protecting or unprotecting clears Excel's Undo list.");
    await user.click(toggle);
    expect(actions.setSheetProtection).toHaveBeenCalledWith(true);
    await waitFor(() => expect(toggle).toBeChecked());
  });

  // jsdom does not follow tabster's focus stops around the tab list; the browser test
  // (test/e2e/steps.test.ts) walks load -> validate -> annex with the keyboard alone.
  it("answers the keyboard: Enter on Validate, Space on a flagged row", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    await screen.findByRole("switch", { name: /Protect/ });
    screen.getByRole("button", { name: "Validate" }).focus();
    await user.keyboard("{Enter}");
    expect(actions.validateActiveSheet).toHaveBeenCalledTimes(1);
    (await screen.findByRole("button", { name: /2023-D-1/ })).focus();
    await user.keyboard(" ");
    expect(actions.selectKpiRow).toHaveBeenCalledWith(SUMMARY.flagged[0]);
  });

  it("stops live re-validation when the pane closes", async () => {
    const stop = jest.fn().mockResolvedValue(undefined);
    const actions = fakeActions({ startLiveValidation: jest.fn().mockResolvedValue(stop) });
    const { unmount } = renderApp(actions);
    await waitFor(() => expect(actions.startLiveValidation).toHaveBeenCalled());
    await Promise.resolve();
    unmount();
    expect(stop).toHaveBeenCalled();
  });
});

describe("live re-validation in the pane", () => {
  it("attaches again after a load (the new table needs its own handler) and shows live results", async () => {
    const user = userEvent.setup();
    const stops = [jest.fn().mockResolvedValue(undefined), jest.fn().mockResolvedValue(undefined)];
    let push: ((summary: typeof SUMMARY) => void) | null = null;
    const startLiveValidation = jest
      .fn()
      .mockImplementation((onValidated: (summary: typeof SUMMARY) => void) => {
        push = onValidated;
        return Promise.resolve(stops[startLiveValidation.mock.calls.length - 1]);
      });
    const actions = fakeActions({ startLiveValidation });
    renderApp(actions);
    await waitFor(() => expect(startLiveValidation).toHaveBeenCalledTimes(1));
    await goTo("Register");
    await user.click(await screen.findByRole("button", { name: "Load register" }));
    await waitFor(() => expect(startLiveValidation).toHaveBeenCalledTimes(2));
    expect(stops[0]).toHaveBeenCalled();

    await goTo("Progress");
    React.act(() => push?.(SUMMARY));
    const results = await screen.findByRole("region", { name: "Results" });
    expect(within(results).queryByText(/Checked as you typed/)).toBeNull();

    React.act(() => push?.({ ...SUMMARY, sheetOutdated: true }));
    expect(within(results).getByText(/Checked as you typed/)).toHaveTextContent(
      /Status and Reason columns and row colours change when you press Validate/,
    );
  });
});

describe("sorting from the pane", () => {
  it("says next to the button that Excel cannot sort the protected table itself and that Undo is cleared", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderApp(actions);
    const button = await screen.findByRole("button", { name: "Sort: worst status first" });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAccessibleDescription(/cannot sort this table on a protected sheet/);
    expect(button).toHaveAccessibleDescription(/clears its Undo list/);

    await user.click(button);
    expect(actions.sortTrackingTable).toHaveBeenCalledTimes(1);
    const status = await screen.findByText('Sorted "KPIs 2023"');
    expect(status.parentElement).toHaveTextContent(/49 rows, worst status first.*Undo list was cleared/);
  });

  it("shows why it could not sort, and is disabled until a KPI sheet is active", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      readSheetProtection: jest
        .fn()
        .mockResolvedValueOnce({ trackingSheet: false, protected: false, sheetName: "Sheet1" })
        .mockResolvedValue({ trackingSheet: true, protected: true, sheetName: "KPIs 2023" }),
      sortTrackingTable: jest
        .fn()
        .mockRejectedValue(new Error('"KPIs 2023" is protected with a password by someone else')),
    });
    renderApp(actions);
    const button = await screen.findByRole("button", { name: "Sort: worst status first" });
    await waitFor(() => expect(actions.readSheetProtection).toHaveBeenCalled());
    expect(button).toBeDisabled();
    await goTo("Register");
    await user.click(await screen.findByRole("button", { name: "Load register" }));
    await goTo("Progress");
    const again = await screen.findByRole("button", { name: "Sort: worst status first" });
    await waitFor(() => expect(again).toBeEnabled());
    await user.click(again);
    expect(await screen.findByText("Could not sort")).toBeInTheDocument();
  });
});

describe("the annex on Excel for Mac", () => {
  it("passes the host's platform down, so a Mac host is never offered a download", async () => {
    renderInPane(
      <FluentProvider theme={webLightTheme}>
        <App inExcel platform="Mac" actions={fakeActions()} sources={SEED_2023_SOURCES} />
      </FluentProvider>,
    );
    await goTo("Annex");
    expect(await screen.findByRole("button", { name: "Word annex (command line)" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Download Word annex" })).toBeNull();
  });
});
