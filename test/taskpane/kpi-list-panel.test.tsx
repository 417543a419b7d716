import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { App } from "../../src/taskpane/App";
import { KpiListPanel } from "../../src/taskpane/components/KpiListPanel";
import type { KpiListOutcome } from "../../src/taskpane/workbook-actions";
import { fakeActions } from "./fake-actions";
import { PanelWithWorkbook } from "./panel-with-workbook";
import { TextDecoder, TextEncoder } from "node:util";
import { loadRegister } from "../../src/core/register/load";
import seed2023 from "../../seeds/kpis-2023.json";

// jsdom lacks TextEncoder, which every webview the add-in supports has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const seed = loadRegister(seed2023);
if (!seed.ok) throw new Error(seed.errors.join("; "));
const REGISTER = seed.register;
const OUTCOME: KpiListOutcome = {
  sheetName: "Pasted list",
  register: REGISTER,
  kpis: 49,
  needsReading: 2,
  overrideProblems: 1,
  saved: false,
};

function renderPanel({
  readKpiList = jest.fn((request: { save: boolean }) => Promise.resolve({ ...OUTCOME, saved: request.save })),
  platform = null,
}: { readKpiList?: jest.Mock; platform?: string | null } = {}) {
  const onSaved = jest.fn();
  const saveFile = jest.fn();
  renderInPane(
    <PanelWithWorkbook
      actions={fakeActions({ readKpiList })}
      area="kpi-list"
      panel={(commands) => (
        <KpiListPanel {...commands} onSaved={onSaved} saveFile={saveFile} platform={platform} />
      )}
    />,
  );
  return { readKpiList, onSaved, saveFile };
}

async function fillIn(year = "2023", announced = "2023-10-25") {
  const yearBox = screen.getByRole("spinbutton", { name: "Year" });
  await userEvent.clear(yearBox);
  await userEvent.type(yearBox, year);
  // The date is read when Enter is pressed or the field is left, as the as-at field does.
  await userEvent.type(screen.getByLabelText(/Announced on/), `${announced}{Enter}`);
}

describe("the New register from a KPI list panel", () => {
  it("writes the announcement date as the paper does, whatever is typed, and picks it by keyboard", async () => {
    const { readKpiList } = renderPanel();
    const user = userEvent.setup();
    await fillIn("2023", "25/10/2023");
    const field = screen.getByLabelText(/Announced on/);
    expect(field).toHaveValue("25 October 2023");
    await user.clear(field);
    await user.type(field, "31/02/2023{Enter}");
    expect(screen.getByText(/^“31\/02\/2023” is not a real date/)).toBeInTheDocument();
    const pick = screen.getByRole("button", { name: "Pick the announcement date" });
    pick.focus();
    await user.keyboard("{Enter}");
    const lists = screen.getByRole("group", { name: "Pick the announcement date" });
    await user.selectOptions(within(lists).getByLabelText("Month"), "November");
    await user.selectOptions(within(lists).getByLabelText("Day"), "2");
    within(lists).getByRole("button", { name: "Use this date" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(field).toHaveValue("2 November 2023"));
    await user.click(screen.getByRole("button", { name: "Read the list" }));
    expect(readKpiList).toHaveBeenCalledWith({ year: 2023, announced: "2023-11-02", save: false });
    // Typing and picking in a shared runner: slow, not a hang.
  }, 30_000);

  it("reads only once the year and announcement date are given, then offers Read again", async () => {
    const { readKpiList, onSaved } = renderPanel();
    expect(screen.getByRole("button", { name: "Read the list" })).toBeDisabled();
    await fillIn();
    await userEvent.click(screen.getByRole("button", { name: "Read the list" }));
    expect(readKpiList).toHaveBeenCalledWith({ year: 2023, announced: "2023-10-25", save: false });
    expect(await screen.findByText(/49 KPIs read on "Pasted list"/)).toHaveTextContent(
      "3 need attention: see the Needs attention column",
    );
    expect(screen.getByRole("button", { name: "Read again" })).toBeEnabled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("saves the register in the workbook and hands its JSON over for download", async () => {
    const { readKpiList, onSaved, saveFile } = renderPanel();
    expect(screen.getByRole("button", { name: "Save register" })).toBeDisabled();
    await fillIn();
    await userEvent.click(screen.getByRole("button", { name: "Read the list" }));
    await userEvent.click(await screen.findByRole("button", { name: "Save register" }));
    expect(readKpiList).toHaveBeenLastCalledWith({ year: 2023, announced: "2023-10-25", save: true });
    expect(onSaved).toHaveBeenCalledWith(REGISTER);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [bytes, name, mime] = saveFile.mock.calls[0] as [Uint8Array, string, string];
    expect([name, mime]).toEqual(["kpis-2023.json", "application/json"]);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(REGISTER);
    expect(await screen.findByText(/kept in this workbook/)).toHaveTextContent(
      "kpis-2023.json was handed to Excel to download",
    );
  });

  it("on Mac downloads nothing and gives the command line instead", async () => {
    const { saveFile, onSaved } = renderPanel({ platform: "Mac" });
    await fillIn();
    await userEvent.click(screen.getByRole("button", { name: "Read the list" }));
    await userEvent.click(await screen.findByRole("button", { name: "Save register" }));
    expect(saveFile).not.toHaveBeenCalled();
    expect(onSaved).toHaveBeenCalledWith(REGISTER);
    expect(await screen.findByText(/^npx kpi-tracker register/)).toHaveTextContent(
      "--year 2023 --announced 2023-10-25 --out kpis-2023.json",
    );
  });

  it("shows a refusal in plain words", async () => {
    renderPanel({
      readKpiList: jest
        .fn()
        .mockRejectedValue(new Error("The cells E4 hold something that is not a reading.")),
    });
    await fillIn();
    await userEvent.click(screen.getByRole("button", { name: "Read the list" }));
    expect(await screen.findByText("The cells E4 hold something that is not a reading.")).toBeInTheDocument();
    expect(screen.getByText("The KPI list was not read")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save register" })).toBeDisabled();
  });
});

describe("the pane with a saved KPI list register", () => {
  it("offers the saved register in Load's register choice and loads it", async () => {
    const actions = fakeActions({
      // No KPI table yet: the pane opens on Register.
      hasTrackingTable: jest.fn().mockResolvedValue(false),
      readKpiList: jest.fn((request) => Promise.resolve({ ...OUTCOME, saved: request.save })),
    });
    renderInPane(
      <FluentProvider theme={webLightTheme}>
        <App inExcel platform="Mac" actions={actions} />
      </FluentProvider>,
    );
    await screen.findByRole("heading", { name: "New register from a KPI list" });
    await fillIn();
    await userEvent.click(screen.getByRole("button", { name: "Read the list" }));
    await userEvent.click(await screen.findByRole("button", { name: "Save register" }));
    const choice = screen.getByRole("combobox", { name: "Register to load" });
    await userEvent.selectOptions(
      choice,
      within(choice).getByRole("option", { name: "KPIs 2023 (from your KPI list, kept in this workbook)" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Load register" }));
    expect(actions.loadTrackingTable).toHaveBeenCalledWith(expect.objectContaining({ register: REGISTER }));
    // The whole pane, typed into key by key: over jest's 5 s on a loaded two-core runner, not a hang.
  }, 15_000);
});

describe("a reopened pane", () => {
  it("offers again the registers kept in the workbook, read from its settings", async () => {
    const kept = REGISTER;
    const actions = fakeActions({
      hasTrackingTable: jest.fn().mockResolvedValue(false),
      readWorkbookRegisters: jest.fn().mockResolvedValue([kept]),
    });
    renderInPane(
      <FluentProvider theme={webLightTheme}>
        <App inExcel actions={actions} />
      </FluentProvider>,
    );
    const choice = await screen.findByRole("combobox", { name: "Register to load" });
    const option = await within(choice).findByRole("option", { name: "KPIs 2023 (kept in this workbook)" });
    await userEvent.selectOptions(choice, option);
    const load = screen.getByRole("button", { name: "Load register" });
    await waitFor(() => expect(load).toBeEnabled());
    await userEvent.click(load);
    await waitFor(() =>
      expect(actions.loadTrackingTable).toHaveBeenCalledWith(expect.objectContaining({ register: kept })),
    );
  });
});
