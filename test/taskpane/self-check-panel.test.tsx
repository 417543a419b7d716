import * as React from "react";
import { screen } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import "./jsdom-gaps";
import { SelfCheckPanel } from "../../src/taskpane/components/SelfCheckPanel";
import type { SelfCheckReport, SelfCheckRun } from "../../src/taskpane/workbook-actions";
import { fakeActions } from "./fake-actions";
import { PanelWithWorkbook } from "./panel-with-workbook";

const REPORT: SelfCheckReport = {
  checkedAt: "2026-11-27T10:00:00.000Z",
  host: {
    host: "Excel",
    platform: "PC",
    officeVersion: "16.0.17928.20114",
    requirementSets: ["ExcelApi 1.17"],
  },
  results: [
    { capability: "Table create and read", outcome: "pass", detail: "2 rows read back unchanged" },
    { capability: "Conditional formats", outcome: "fail", detail: "ApiNotFound: not found" },
    { capability: "Dialog", outcome: "not supported", detail: "DialogApi 1.1 missing" },
  ],
};
// The text is the implementation's (test/excel/self-check.test.ts); the panel shows it as it comes.
const RUN: SelfCheckRun = {
  report: REPORT,
  text: "KPI Tracker self-check, 2026-11-27T10:00:00.000Z\nResult: 1 FAILED",
};

function renderPanel({
  runSelfCheck = jest.fn().mockResolvedValue(RUN),
  copyText,
  disabled = false,
}: {
  runSelfCheck?: jest.Mock;
  copyText?: (text: string) => Promise<void>;
  disabled?: boolean;
}) {
  renderInPane(
    <PanelWithWorkbook
      actions={fakeActions({ runSelfCheck })}
      area="self-check"
      panel={(commands) => <SelfCheckPanel {...commands} disabled={disabled} copyText={copyText} />}
    />,
  );
  return runSelfCheck;
}

describe("the Check this Excel panel", () => {
  it("runs the check, lists pass/fail per capability and shows the report read-only", async () => {
    const runSelfCheck = renderPanel({});
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(runSelfCheck).toHaveBeenCalledTimes(1);
    // The dialog page says that dialogs work and closes itself.
    const dialog = new URL(runSelfCheck.mock.calls[0][0]);
    expect([dialog.pathname, dialog.searchParams.get("title")]).toEqual([
      "/message.html",
      "KPI Tracker self-check",
    ]);
    expect(await screen.findByText("1 of 3 checks failed.")).toBeInTheDocument();
    const items = (await screen.findAllByRole("listitem")).map((li) => li.textContent);
    expect(items).toEqual([
      "Pass: Table create and read. 2 rows read back unchanged",
      "Fail: Conditional formats. ApiNotFound: not found",
      "Not supported: Dialog. DialogApi 1.1 missing",
    ]);
    const report = screen.getByRole("textbox", { name: "Report for a support request" });
    expect(report).toHaveValue("KPI Tracker self-check, 2026-11-27T10:00:00.000Z\nResult: 1 FAILED");
    expect(report).toHaveAttribute("readonly");
  });

  it("copies the report, and where the clipboard is refused leaves it selected and says so", async () => {
    const copyText = jest.fn((_text: string) => Promise.resolve());
    renderPanel({ copyText });
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    await userEvent.click(await screen.findByRole("button", { name: "Copy report" }));
    expect(copyText).toHaveBeenCalledWith(RUN.text);
    expect(await screen.findByText(/Copied/)).toBeInTheDocument();

    copyText.mockRejectedValueOnce(new Error("denied"));
    await userEvent.click(screen.getByRole("button", { name: "Copy report" }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    const report = screen.getByRole("textbox", {
      name: "Report for a support request",
    }) as HTMLTextAreaElement;
    expect([report.selectionStart, report.selectionEnd]).toEqual([0, RUN.text.length]);
  });

  it("says when the check cannot run", async () => {
    renderPanel({ runSelfCheck: jest.fn().mockRejectedValue(new Error("Excel is busy")) });
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText("The check could not run")).toBeInTheDocument();
    expect(screen.getByText("Excel is busy")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check this Excel" })).toBeEnabled();
  });

  it("is disabled outside Excel", () => {
    renderPanel({ disabled: true });
    expect(screen.getByRole("button", { name: "Check this Excel" })).toBeDisabled();
  });
});
