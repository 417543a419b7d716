import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { SelfCheckPanel, type SelfCheckRun } from "../../src/taskpane/components/SelfCheckPanel";
import { formatSelfCheckReport, type SelfCheckReport } from "../../src/excel/self-check-report";

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
const RUN: SelfCheckRun = { report: REPORT, text: formatSelfCheckReport(REPORT) };

function renderPanel(props: React.ComponentProps<typeof SelfCheckPanel>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SelfCheckPanel {...props} />
    </FluentProvider>,
  );
}

describe("the Check this Excel panel", () => {
  it("runs the check, lists pass/fail per capability and shows the report read-only", async () => {
    const runCheck = jest.fn(() => Promise.resolve(RUN));
    renderPanel({ runCheck });
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(runCheck).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("1 of 3 checks failed.")).toBeInTheDocument();
    const items = (await screen.findAllByRole("listitem")).map((li) => li.textContent);
    expect(items).toEqual([
      "Pass: Table create and read. 2 rows read back unchanged",
      "Fail: Conditional formats. ApiNotFound: not found",
      "Not supported: Dialog. DialogApi 1.1 missing",
    ]);
    const report = screen.getByRole("textbox", { name: "Report for a support request" });
    expect(report).toHaveValue(RUN.text);
    expect(report).toHaveAttribute("readonly");
    expect(RUN.text).toContain("Office version: 16.0.17928.20114");
  });

  it("copies the report, and where the clipboard is refused leaves it selected and says so", async () => {
    const copyText = jest.fn((_text: string) => Promise.resolve());
    renderPanel({ runCheck: () => Promise.resolve(RUN), copyText });
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
    renderPanel({ runCheck: () => Promise.reject(new Error("Excel is busy")) });
    await userEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText("The check could not run: Excel is busy")).toBeInTheDocument();
  });

  it("is disabled outside Excel", () => {
    renderPanel({ disabled: true, runCheck: jest.fn() });
    expect(screen.getByRole("button", { name: "Check this Excel" })).toBeDisabled();
  });
});
