import * as React from "react";
import { act, screen, waitFor, within } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { App } from "../../src/taskpane/App";
import type { HistoryRow } from "../../src/core/history/layout";
import { SUMMARY, fakeActions } from "./fake-actions";
import { HISTORY } from "./history-fixture";

jest.mock("../../src/excel/office-workbook-actions", () => ({
  get officeWorkbookActions() {
    throw new Error("components must use the actions they are given");
  },
}));

const ROWS: HistoryRow[] = [
  { ...HISTORY.changes.changes[1].from!, asAt: "2024-06-30", validatedAt: "x", id: "2023-B-1", note: "" },
  { ...HISTORY.changes.changes[0].from!, asAt: "2024-06-30", validatedAt: "x", id: "2023-D-1", note: "" },
  { ...HISTORY.changes.changes[1].to, asAt: "2024-09-30", validatedAt: "y", id: "2023-B-1", note: "" },
];

function renderApp() {
  const actions = fakeActions({
    validateActiveSheet: jest.fn().mockResolvedValue({ ...SUMMARY, history: HISTORY }),
    readHistory: jest.fn().mockResolvedValue(ROWS),
  });
  renderInPane(
    <FluentProvider theme={webLightTheme}>
      <App inExcel actions={actions} sources={[]} />
    </FluentProvider>,
  );
  return actions;
}

describe("the History panel after Validate", () => {
  it("shows each validation's counts as text beside the bars, and the changes worst first", async () => {
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Validate" }));
    const history = await screen.findByRole("region", { name: "History" });
    expect(within(history).getByText("As at 30 June 2024: 1 overdue, 4 on track")).toBeVisible();
    expect(within(history).getByText("As at 30 September 2024: 3 completed, 2 overdue")).toBeVisible();
    const changes = within(history).getByRole("list", { name: /Changes since the last validation \(2\)/ });
    expect(
      within(changes)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["2023-D-1On track → Overdue", "2023-B-1On track → CompletedActual “580” → “20000”"]);
  });

  it("keeps the history shown when a live re-check replaces the counts", async () => {
    const actions = renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Validate" }));
    await screen.findByRole("region", { name: "History" });
    const onValidated = actions.startLiveValidation.mock.calls[0][0];
    act(() => onValidated({ ...SUMMARY, sheetOutdated: true }));
    await screen.findByText(/Checked as you typed/);
    expect(screen.getByRole("region", { name: "History" })).toBeVisible();
    expect(
      screen.getByText("Status counts of all 2 validations (all of them on the Dashboard sheet)"),
    ).toBeVisible();
  });

  it("goes to a changed KPI's row and shows its own history when picked", async () => {
    const actions = renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Validate" }));
    const history = await screen.findByRole("region", { name: "History" });
    await userEvent.click(within(history).getByRole("button", { name: /2023-B-1/ }));
    expect(actions.selectKpiRow).toHaveBeenCalledWith({ kpiId: "2023-B-1", tableName: "KpiTracker2023" });
    const table = await within(history).findByRole("table", { name: "History of 2023-B-1" });
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole("row")
          .slice(1)
          .map((row) =>
            within(row)
              .getAllByRole("cell")
              .map((c) => c.textContent)
              .slice(0, 3),
          ),
      ).toEqual([
        ["30 June 2024", "On track", "580"],
        ["30 September 2024", "Completed", "20000"],
      ]),
    );
  });
});
