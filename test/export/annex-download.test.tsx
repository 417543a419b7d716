/** The task pane's annex panel: lazy Word export handed to the browser as a download, and the sheet action. */
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AnnexPanel, DOCX_MIME, type AnnexPanelProps } from "../../src/taskpane/components/AnnexPanel";
import type { PanelCommands } from "../../src/taskpane/pane-state";
import type { WorkbookActions } from "../../src/taskpane/workbook-actions";
import { buildAnnex } from "../../src/core/annex";
import { smallRegister } from "../core/annex/fixture";
import { fakeActions } from "../taskpane/fake-actions";
import { PanelWithWorkbook } from "../taskpane/panel-with-workbook";
import { renderInPane } from "../taskpane/render-in-pane";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
// jsdom also lacks the TextEncoder every browser has (docx's zip writer uses it).
if (!("TextEncoder" in globalThis)) Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!("ResizeObserver" in globalThis)) Object.assign(globalThis, { ResizeObserver: NoResizeObserver });

type PanelOptions = Partial<Omit<AnnexPanelProps, keyof PanelCommands>> & {
  actions?: Partial<WorkbookActions>;
};

const annexFromActiveSheet = jest.fn(
  async ({ layout }: Parameters<WorkbookActions["annexFromActiveSheet"]>[0]) =>
    buildAnnex({ register: smallRegister, asAt: "2024-09-30", layout }),
);

/** The panel with the pane's runner over fake workbook actions that build the annex of a small register. */
function renderPanel({ actions = {}, ...props }: PanelOptions = {}) {
  const workbook = fakeActions({ annexFromActiveSheet, ...actions });
  renderInPane(
    <PanelWithWorkbook
      actions={workbook}
      area="annex"
      panel={(commands) => <AnnexPanel {...commands} asAt="2024-09-30" tolerance={0.1} {...props} />}
    />,
  );
  return workbook;
}

afterEach(() => jest.restoreAllMocks());

describe("AnnexPanel", () => {
  it("keeps its actions disabled outside Excel", () => {
    renderPanel({ disabled: true });
    expect(screen.getByRole("button", { name: "Write annex sheet" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Download Word annex" })).toBeDisabled();
  });

  it("downloads the Word annex through a Blob URL and an <a download>, for the chosen layout", async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        created.push(blob);
        return "blob:annex";
      }),
      revokeObjectURL: jest.fn(),
    });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderPanel();
    await userEvent.click(screen.getByRole("radio", { name: "KPI list" }));
    await userEvent.click(screen.getByRole("button", { name: "Download Word annex" }));

    await waitFor(() => expect(clicked).toHaveLength(1), { timeout: 10_000 });
    expect(annexFromActiveSheet).toHaveBeenLastCalledWith({
      asAt: "2024-09-30",
      tolerance: 0.1,
      layout: "kpi-list",
      language: "en",
    });
    expect(clicked[0].download).toBe("annex-2023-kpi-list.docx");
    expect(clicked[0].href).toBe("blob:annex");
    expect(created[0].type).toBe(DOCX_MIME);
    expect(created[0].size).toBeGreaterThan(1000);
    const message = await screen.findByText(/annex-2023-kpi-list.docx was handed to Excel to download/);
    expect(message).not.toHaveTextContent(/is ready/);
    expect(message).toHaveTextContent(
      'npx kpi-tracker annex "<this workbook>.xlsx" --register seeds/kpis-2023.json --as-at 2024-09-30 --layout kpi-list --out annex-2023-kpi-list.docx',
    );
  });

  it("on Excel for Mac, where a Blob download does nothing, downloads nothing and gives the command instead", async () => {
    const saveFile = jest.fn();
    const loadWordExport = jest.fn();
    renderPanel({ saveFile, loadWordExport, platform: "Mac" });
    expect(screen.queryByRole("button", { name: "Download Word annex" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Word annex (command line)" }));

    const message = await screen.findByText(/Excel on Mac cannot save a file from an add-in/);
    expect(message).toHaveTextContent(/nothing was downloaded/);
    expect(message).not.toHaveTextContent(/ready/);
    expect(message).toHaveTextContent(
      "--register seeds/kpis-2023.json --as-at 2024-09-30 --layout progress-report --out annex-2023-progress-report.docx",
    );
    expect(message).toHaveTextContent(/Write annex sheet puts the annex in this workbook/);
    expect(saveFile).not.toHaveBeenCalled();
    expect(loadWordExport).not.toHaveBeenCalled();
    // The Excel annex still works there: it is written into the workbook, not downloaded.
    expect(screen.getByRole("button", { name: "Write annex sheet" })).toBeEnabled();
  });

  it("writes the annex sheet and says where, warning when the usual name was taken", async () => {
    const writeAnnexSheet = jest.fn(async () => ({
      sheetName: "Annex 2023 (2)",
      replaced: false,
      nameTaken: true,
    }));
    renderPanel({ actions: { writeAnnexSheet } });
    await userEvent.click(screen.getByRole("button", { name: "Write annex sheet" }));
    expect(await screen.findByText(/Annex written to sheet "Annex 2023 \(2\)"/)).toBeInTheDocument();
    expect(screen.getByText(/already had the usual name/)).toBeInTheDocument();
    expect(writeAnnexSheet).toHaveBeenCalledWith(await annexFromActiveSheet.mock.results.at(-1)!.value);
    expect(annexFromActiveSheet).toHaveBeenLastCalledWith({
      asAt: "2024-09-30",
      tolerance: 0.1,
      layout: "progress-report",
      language: "en",
    });
  });

  it("shows what went wrong instead of failing silently", async () => {
    renderPanel({
      actions: { annexFromActiveSheet: () => Promise.reject(new Error("No tracking table on this sheet.")) },
    });
    await userEvent.click(screen.getByRole("button", { name: "Write annex sheet" }));
    expect(await screen.findByText("No tracking table on this sheet.")).toBeInTheDocument();
    expect(screen.getByText("The annex sheet was not written")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write annex sheet" })).toBeEnabled();
  });
});
