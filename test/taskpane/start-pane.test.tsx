/**
 * Start-up (issue 9.8): an Excel without the add-in's minimum ExcelApi set gets a message, not a pane
 * whose buttons fail; and the static text of taskpane.html, which a webview that cannot run the bundle
 * keeps showing, says the same thing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { act, screen } from "@testing-library/react";
import "./jsdom-gaps";
import { startPane, type OfficeAtStartup } from "../../src/taskpane/start-pane";
import { MIN_EXCEL_API } from "../../src/taskpane/requirement-sets";
import { EN } from "../../src/core/language/catalogue/en";
import { versionAtLeast } from "../excel-double/model";
import { fakeActions } from "./fake-actions";

jest.mock("../../src/excel/office-workbook-actions", () => ({
  get officeWorkbookActions() {
    throw new Error("components must use the actions they are given");
  },
}));

const TASKPANE_HTML = fs.readFileSync(
  path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"),
  "utf8",
);

/** An Office global whose host supports ExcelApi up to `highest`, as isSetSupported answers it. */
function officeWith(host: string | null, highest: string, platform: string | null = null): OfficeAtStartup {
  const isSetSupported = jest.fn(
    (name: string, version?: string) => name === "ExcelApi" && versionAtLeast(highest, version ?? "1.1"),
  );
  return {
    onReady: () => Promise.resolve({ host, platform }),
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported } },
  } as unknown as OfficeAtStartup;
}

async function start(office: OfficeAtStartup | undefined): Promise<HTMLElement> {
  document.body.innerHTML = TASKPANE_HTML.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "");
  const container = document.getElementById("container")!;
  await act(() => startPane(container, office, fakeActions()));
  return container;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("starting the task pane", () => {
  it(`in an Excel with ExcelApi ${MIN_EXCEL_API}, mounts the pane over the static start-up text`, async () => {
    const container = await start(officeWith("Excel", MIN_EXCEL_API));
    // The fake workbook holds a KPI table: the pane opens on Progress.
    expect(await screen.findByRole("button", { name: "Validate" })).toBeEnabled();
    expect(container.querySelector("#starting")).toBeNull();
    expect(screen.queryByText(/cannot run KPI Tracker/)).toBeNull();
  });

  it("hands the host's platform to the pane: on Excel for Mac the Word annex is offered as a command", async () => {
    await start(officeWith("Excel", MIN_EXCEL_API, "Mac"));
    await act(async () => (await screen.findByRole("tab", { name: "Annex" })).click());
    expect(await screen.findByRole("button", { name: /Word annex \(command line\)/ })).toBeInTheDocument();
  });

  it("in an Excel with ExcelApi 1.12 only, shows the update message and no workbook buttons", async () => {
    const office = officeWith("Excel", "1.12");
    const container = await start(office);
    expect(office.context.requirements.isSetSupported).toHaveBeenCalledWith("ExcelApi", MIN_EXCEL_API);
    expect(screen.getByRole("alert").textContent).toContain(EN["unsupported.text"]);
    expect(screen.getByRole("heading", { level: 1, name: "KPI Tracker" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load register" })).toBeNull();
    expect(container.querySelector("#starting")).toBeNull();
  });

  it("in an Excel with ExcelApi 1.9, shows the update message too", async () => {
    await start(officeWith("Excel", "1.9"));
    expect(screen.getByText("Excel needs an update")).toBeInTheDocument();
  });

  it("the fakes compare set versions part by part, as Office does: 1.9 is below 1.13", () => {
    expect([
      versionAtLeast("1.13", "1.9"),
      versionAtLeast("1.9", "1.13"),
      versionAtLeast("1.13", "1.13"),
      versionAtLeast("1.13", "1.14"),
    ]).toEqual([true, false, true, false]);
  });

  it("outside Excel (or without office.js) shows the pane with its open-in-Excel message", async () => {
    await start(officeWith(null, "1.1"));
    expect(screen.getByText("Open this in Excel")).toBeInTheDocument();
    document.body.innerHTML = "";
    await start(undefined);
    expect(screen.getByText("Open this in Excel")).toBeInTheDocument();
  });
});

describe("taskpane.html without the app", () => {
  it("carries static text that names the Office versions KPI Tracker needs", () => {
    document.body.innerHTML = TASKPANE_HTML.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "");
    const text = document.getElementById("too-old")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
    expect(text).toMatch(/^If this text stays, this version of Office cannot run KPI Tracker\./);
    // the same requirement as the message the app shows, so the two cannot drift apart
    expect(text).toContain(EN["unsupported.text"].slice(EN["unsupported.text"].indexOf("It needs")));
  });
});
