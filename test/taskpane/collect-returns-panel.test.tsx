import * as React from "react";
import { screen, within } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import "./jsdom-gaps";
import type { DepartmentReturn } from "../../src/core/returns/department-return";
import type { CollectOutcome } from "../../src/taskpane/workbook-actions";
import { CollectReturnsSection } from "../../src/taskpane/returns/CollectReturnsSection";
import type { ReadReturns } from "../../src/taskpane/returns/read-returns";
import { fakeActions } from "./fake-actions";
import { PanelWithWorkbook } from "./panel-with-workbook";

const FSD: DepartmentReturn = { source: "FSD.xlsx", department: "FSD", receivedAt: "x", entries: [] };
const SB: DepartmentReturn = { source: "SB.csv", department: "SB", receivedAt: "x", entries: [] };

const OUTCOME: CollectOutcome = {
  sheetName: "KPIs 2023",
  tableName: "KpiTracker2023",
  summary: {
    merged: 5,
    unchanged: 2,
    conflicts: [
      {
        id: "2023-D-2",
        values: [
          { source: "FSD.xlsx, 2024-07-01 09:30 UTC", actual: "120", completedOn: "", reportedStatus: "" },
          { source: "SB.csv, 2024-07-01 09:30 UTC", actual: "150", completedOn: "", reportedStatus: "" },
        ],
      },
    ],
    refused: [
      {
        source: "SB.csv",
        id: "2099-Z-9",
        reason: { key: "returns.refused.notInRegister", params: { id: "2099-Z-9" } },
      },
    ],
  },
};

function renderSection(reading: ReadReturns) {
  const collectReturns = jest.fn().mockResolvedValue(OUTCOME);
  const read = jest.fn().mockResolvedValue(reading);
  renderInPane(
    <PanelWithWorkbook
      actions={fakeActions({ collectReturns })}
      area="returns"
      panel={(commands) => <CollectReturnsSection {...commands} read={read} />}
    />,
  );
  return { collectReturns, read };
}

async function pick(...names: string[]) {
  // The file dialog's "All files" lets an officer pick any file, whatever `accept` suggests.
  await userEvent.setup({ applyAccept: false }).upload(
    screen.getByLabelText("Returns (workbooks or CSV files)"),
    names.map((name) => new File(["x"], name)),
  );
}

describe("Collect returns in the pane", () => {
  it("reads several files, merges the readable ones and shows the summary, conflicts, refusals and unreadable files", async () => {
    const { collectReturns, read } = renderSection({
      returns: [FSD, SB],
      unreadable: [{ fileName: "notes.docx", reason: "expected a .csv or .xlsx file" }],
      warnings: [],
    });
    await pick("FSD.xlsx", "SB.csv", "notes.docx");
    await userEvent.click(screen.getByRole("button", { name: "Collect 3 returns" }));
    expect(read.mock.calls[0][0].map((f: File) => f.name)).toEqual(["FSD.xlsx", "SB.csv", "notes.docx"]);
    expect(collectReturns).toHaveBeenCalledWith({ returns: [FSD, SB] });
    expect(
      await screen.findByText(
        /2 returns collected into "KPIs 2023": 5 merged, 2 unchanged, 1 conflict, 1 refused\./,
      ),
    ).toBeVisible();
    const conflicts = screen.getByRole("list", { name: /Conflicts, marked for review \(1\)/ });
    expect(within(conflicts).getByRole("listitem")).toHaveTextContent(
      "2023-D-2: FSD.xlsx, 2024-07-01 09:30 UTC gives Actual “120”, Completed on blank; SB.csv, 2024-07-01 09:30 UTC gives Actual “150”",
    );
    expect(
      within(screen.getByRole("list", { name: /Refused rows \(1\)/ })).getByRole("listitem"),
    ).toHaveTextContent("SB.csv: 2099-Z-9 is not in the register");
    expect(
      within(screen.getByRole("list", { name: /Not read \(1\)/ })).getByRole("listitem"),
    ).toHaveTextContent("notes.docx: expected a .csv or .xlsx file");
  });

  it("writes nothing when no file can be read, and names each with its reason", async () => {
    const { collectReturns } = renderSection({
      returns: [],
      unreadable: [{ fileName: "broken.xlsx", reason: "not a workbook" }],
      warnings: [],
    });
    await pick("broken.xlsx");
    await userEvent.click(screen.getByRole("button", { name: "Collect returns" }));
    expect(await screen.findByText("No file could be read, so nothing was written.")).toBeVisible();
    expect(screen.getByText("broken.xlsx: not a workbook")).toBeVisible();
    expect(collectReturns).not.toHaveBeenCalled();
  });
});
