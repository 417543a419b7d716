import { EN } from "../../src/core/language/catalogue/en";
/**
 * The pane's reducer (issue 14.7): one command at a time, busy then success or failure, as pure
 * transitions. Expectations are written out, not computed with the reducer.
 */
import { failureText, initialPaneState, paneReducer, type PaneState } from "../../src/taskpane/pane-state";
import type { ProtectionState } from "../../src/taskpane/workbook-actions";
import { SUMMARY } from "./fake-actions";

const IDLE: PaneState = initialPaneState("2024-06-30");
const PROTECTED: ProtectionState = { trackingSheet: true, protected: true, sheetName: "KPIs 2023" };

describe("the pane's reducer", () => {
  it("starts idle, with nothing said and nothing known of the workbook", () => {
    expect(IDLE).toEqual({
      asAt: "2024-06-30",
      tolerance: undefined,
      busy: null,
      message: null,
      summary: null,
      protection: null,
      picked: null,
      tablesLoaded: 0,
    });
  });

  it("a command that starts is busy and clears the last message", () => {
    const said: PaneState = { ...IDLE, message: { intent: "success", text: "Sorted", area: "pane" } };
    expect(
      paneReducer(said, { type: "started", busy: { label: "Writing the annex sheet…", area: "annex" } }),
    ).toEqual({
      ...IDLE,
      busy: { label: "Writing the annex sheet…", area: "annex" },
      message: null,
    });
  });

  it("a success ends busy, says its message where the command started, and keeps what it learnt", () => {
    const busy: PaneState = { ...IDLE, busy: { label: "Protecting…", area: "pane" } };
    expect(
      paneReducer(busy, {
        type: "succeeded",
        success: { message: { intent: "success", text: "Protected" }, protection: PROTECTED },
      }),
    ).toEqual({
      ...IDLE,
      message: { intent: "success", text: "Protected", area: "pane" },
      protection: PROTECTED,
    });
  });

  it("a load's success counts the tables loaded, so live re-validation attaches again", () => {
    const busy: PaneState = { ...IDLE, busy: { label: "Loading…", area: "pane" }, tablesLoaded: 2 };
    const after = paneReducer(busy, { type: "succeeded", success: { message: null, tablesLoaded: true } });
    expect([after.busy, after.message, after.tablesLoaded]).toEqual([null, null, 3]);
  });

  it("a Validate replaces the results and forgets the KPI picked from the last ones", () => {
    const busy: PaneState = {
      ...IDLE,
      busy: { label: "Validating…", area: "pane" },
      picked: { kpiId: "2023-B-1", rows: [] },
    };
    expect(
      paneReducer(busy, { type: "succeeded", success: { message: null, summary: SUMMARY, picked: null } }),
    ).toEqual({ ...IDLE, summary: SUMMARY });
  });

  it("a failure ends busy and says why, under the command's title, in the panel that started it", () => {
    const busy: PaneState = { ...IDLE, busy: { label: "Collecting returns…", area: "returns" } };
    expect(
      paneReducer(busy, {
        type: "failed",
        title: "The returns were not collected",
        text: "No KPI table here.",
      }),
    ).toEqual({
      ...IDLE,
      message: {
        intent: "error",
        title: "The returns were not collected",
        text: "No KPI table here.",
        area: "returns",
      },
    });
  });

  it("takes the remembered as-at date and tolerance, keeping the pane's where none is kept", () => {
    expect(
      paneReducer(IDLE, { type: "settingsRead", settings: { asAt: "2024-03-31", tolerance: 0.25 } }),
    ).toEqual({
      ...IDLE,
      asAt: "2024-03-31",
      tolerance: 0.25,
    });
    expect(paneReducer(IDLE, { type: "settingsRead", settings: {} })).toEqual(IDLE);
  });

  it("keeps the last Validate's history when a live re-check replaces the counts", () => {
    const history = {
      validatedAt: "2024-07-02 08:00:00 UTC",
      snapshots: [],
      changes: { previous: null, latest: null, changes: [] },
      notes: [],
    };
    const validated: PaneState = { ...IDLE, summary: { ...SUMMARY, history } as PaneState["summary"] };
    const live = { ...SUMMARY, total: 6, sheetOutdated: true };
    expect(paneReducer(validated, { type: "liveValidated", summary: live }).summary).toEqual({
      ...live,
      history,
    });
    expect(paneReducer(IDLE, { type: "liveValidated", summary: live }).summary).toEqual(live);
  });

  it("marks a KPI picked while its history is read, and follows the active sheet's protection", () => {
    expect(paneReducer(IDLE, { type: "kpiPicked", kpiId: "2023-D-1" }).picked).toEqual({
      kpiId: "2023-D-1",
      rows: null,
    });
    expect(paneReducer(IDLE, { type: "protectionRead", protection: PROTECTED }).protection).toEqual(
      PROTECTED,
    );
    expect(paneReducer(IDLE, { type: "asAtChanged", asAt: "2024-12-31" }).asAt).toBe("2024-12-31");
    expect(paneReducer(IDLE, { type: "toleranceChanged", tolerance: 0.2 }).tolerance).toBe(0.2);
  });
});

describe("the words of a failure", () => {
  it("are the action's own (actions reject in plain words), or a plain fallback", () => {
    expect(failureText(new Error("No KPI table here."))).toBe("No KPI table here.");
    // the fallback is a catalogue message, shown in the pane's language
    expect(failureText(new Error(""))).toEqual({ key: "pane.failure.unknown" });
    expect(failureText({ code: "AccessDenied" })).toEqual({ key: "pane.failure.unknown" });
    expect(EN["pane.failure.unknown"]).toBe("Something went wrong.");
  });
});
