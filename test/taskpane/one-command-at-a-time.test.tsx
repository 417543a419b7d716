/**
 * Issue 14.7: while any command runs, every button that acts on the workbook waits, the annex ones
 * included; Returns out, which writes nothing to the workbook, stays available.
 */
import * as React from "react";
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import type { Annex } from "../../src/core/annex/model";
import type { Register } from "../../src/core/register/schema";
import { App } from "../../src/taskpane/App";
import type { RegisterSource } from "../../src/taskpane/register-sources";
import type {
  AnnexSheetOutcome,
  ValidationSummary,
  WorkbookActions,
} from "../../src/taskpane/workbook-actions";
import { SUMMARY, fakeActions } from "./fake-actions";
import register2023 from "../../seeds/kpis-2023.json";

jest.mock("../../src/excel/office-workbook-actions", () => ({
  get officeWorkbookActions() {
    throw new Error("components must use the actions they are given");
  },
}));

// The whole pane, made ready step by step as an officer would: slower than one panel on a shared machine.
jest.setTimeout(60_000);
// A step is fetched the first time it is opened; on a busy shared machine that can take seconds.
configure({ asyncUtilTimeout: 5_000 });

const SOURCES: RegisterSource[] = [
  { id: "seed-2023", label: "KPIs 2023 (built in)", load: () => Promise.resolve(register2023) },
];

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Every control that acts on the workbook, by its accessible name while idle, with the step that holds it. */
const WORKBOOK_CONTROLS = [
  "Validate",
  "2023-D-1",
  "Load register",
  "Protect",
  "Sort: worst status first",
  "Collect returns",
  "Write annex sheet",
  "Download Word annex",
  "Read again",
  "Save register",
  "Check this Excel",
] as const;

const STEP_OF: Record<(typeof WORKBOOK_CONTROLS)[number], string> = {
  Validate: "progress",
  "2023-D-1": "progress",
  Protect: "progress",
  "Sort: worst status first": "progress",
  "Load register": "register",
  "Read again": "register",
  "Save register": "register",
  "Collect returns": "returns",
  "Write annex sheet": "annex",
  "Download Word annex": "annex",
  "Check this Excel": "check",
};

/** The steps hold these controls; a step once opened stays mounted, hidden when another is shown. */
const STEP_TABS = ["Register", "Returns", "Annex", "Check", "Progress"] as const;

function control(name: (typeof WORKBOOK_CONTROLS)[number]): HTMLElement {
  const step = document.querySelector<HTMLElement>(
    `[role=tabpanel][aria-labelledby="step-tab-${STEP_OF[name]}"]`,
  );
  if (!step) throw new Error(`the ${STEP_OF[name]} step was never opened`);
  const hidden = true;
  if (name === "Protect") return within(step).getByRole("switch", { name: /^Protect "KPIs 2023"/, hidden });
  if (name === "2023-D-1") return within(step).getByRole("button", { name: /2023-D-1/, hidden });
  return within(step).getByRole("button", { name, hidden });
}

function disabledness(names: readonly (typeof WORKBOOK_CONTROLS)[number][]): Record<string, boolean> {
  return Object.fromEntries(names.map((name) => [name, control(name).matches(":disabled")]));
}

const all = (disabled: boolean): Record<string, boolean> =>
  Object.fromEntries(WORKBOOK_CONTROLS.map((name) => [name, disabled]));

/** The pane with every workbook control usable: validated, a KPI list read, a return picked. */
async function readyPane(actions: WorkbookActions): Promise<UserEvent> {
  const user = userEvent.setup({ applyAccept: false });
  renderInPane(
    <FluentProvider theme={webLightTheme}>
      <App inExcel actions={actions} sources={SOURCES} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByRole("button", { name: "Sort: worst status first" })).toBeEnabled());
  await user.click(screen.getByRole("button", { name: "Validate" }));
  await screen.findByRole("region", { name: "Results" });
  await user.click(screen.getByRole("tab", { name: "Register" }));
  await user.type(await screen.findByLabelText(/Announced on/), "2023-10-25");
  await user.click(screen.getByRole("button", { name: "Read the list" }));
  await screen.findByRole("button", { name: "Read again" });
  await user.click(screen.getByRole("tab", { name: "Returns" }));
  await user.upload(
    await screen.findByLabelText("Returns (workbooks or CSV files)"),
    new File(["x"], "FSD.csv"),
  );
  // Every step opened once, so every control is in the page, each step's own shown in turn.
  for (const step of STEP_TABS) await user.click(screen.getByRole("tab", { name: step }));
  await screen.findByRole("button", { name: "Check this Excel", hidden: true });
  await screen.findByRole("button", { name: "Write annex sheet", hidden: true });
  expect(disabledness(WORKBOOK_CONTROLS)).toEqual(all(false));
  return user;
}

function actionsWith(overrides: Partial<WorkbookActions>) {
  return fakeActions({
    readKpiList: jest.fn().mockResolvedValue({
      sheetName: "Pasted list",
      register: { year: 2023 } as Register,
      kpis: 49,
      needsReading: 0,
      overrideProblems: 0,
      saved: false,
    }),
    ...overrides,
  });
}

describe("one command at a time", () => {
  it("while Validate runs, every workbook control waits, the annex ones included, until it settles", async () => {
    const pending = deferred<ValidationSummary>();
    const actions = actionsWith({
      validateActiveSheet: jest.fn().mockResolvedValueOnce(SUMMARY).mockReturnValueOnce(pending.promise),
    });
    const user = await readyPane(actions);

    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(disabledness(WORKBOOK_CONTROLS)).toEqual(all(true));
    // The tabs stay usable while a command runs: they only show another step.
    await user.click(screen.getByRole("tab", { name: "Returns" }));
    expect(screen.getByRole("button", { name: "Download returns" })).toBeEnabled();
    // a click that slips through starts nothing
    await user.click(screen.getByRole("tab", { name: "Annex" }));
    await user.click(screen.getByRole("button", { name: "Write annex sheet" }));
    expect(actions.annexFromActiveSheet).not.toHaveBeenCalled();

    await act(async () => pending.resolve({ ...SUMMARY, total: 6 }));
    await waitFor(() => expect(disabledness(WORKBOOK_CONTROLS)).toEqual(all(false)));
    await user.click(screen.getByRole("tab", { name: "Progress" }));
    expect(screen.getByText(/6 KPIs on “KPIs 2023”/)).toBeInTheDocument();
  });

  it("while the annex sheet is written, the other controls wait; its failure is said and they come back", async () => {
    const pending = deferred<AnnexSheetOutcome>();
    const actions = actionsWith({
      annexFromActiveSheet: jest.fn().mockResolvedValue({ year: 2023 } as Annex),
      writeAnnexSheet: jest.fn().mockReturnValue(pending.promise),
    });
    const user = await readyPane(actions);

    await user.click(screen.getByRole("tab", { name: "Annex" }));
    await user.click(screen.getByRole("button", { name: "Write annex sheet" }));
    await waitFor(() => expect(actions.writeAnnexSheet).toHaveBeenCalledTimes(1));
    const others = WORKBOOK_CONTROLS.filter((name) => name !== "Write annex sheet");
    expect(disabledness(others)).toEqual(Object.fromEntries(others.map((name) => [name, true])));
    expect(screen.getByRole("button", { name: "Writing…" })).toBeDisabled();
    expect(screen.getByText("Writing the annex sheet…")).toBeInTheDocument();

    await act(async () => pending.reject(new Error("Excel is busy. Wait a moment and try again.")));
    const annex = screen.getByRole("region", { name: "Annex" });
    expect(await within(annex).findByText("The annex sheet was not written")).toBeInTheDocument();
    expect(within(annex).getByText("Excel is busy. Wait a moment and try again.")).toBeInTheDocument();
    await waitFor(() => expect(disabledness(WORKBOOK_CONTROLS)).toEqual(all(false)));
    expect(screen.queryByText("Writing the annex sheet…")).toBeNull();
  });
});
