/**
 * @jest-environment jsdom
 */
const validateActiveSheet = jest.fn();
const readTrackingSettings = jest.fn();
jest.mock("../../src/excel/office-workbook-actions", () => ({
  officeWorkbookActions: { validateActiveSheet, readTrackingSettings },
}));

const associate = jest.fn();
type DialogHandler = () => void;
const dialogHandlers = new Map<string, DialogHandler>();
const dialog = {
  close: jest.fn(),
  addEventHandler: (type: string, handler: DialogHandler) => dialogHandlers.set(type, handler),
};
/** Opens the dialog and, as an officer would, closes it with its button. */
const displayDialogAsync = jest.fn(
  (_url: string, _options: unknown, callback: (result: { status: string; value: unknown }) => void) => {
    callback({ status: "succeeded", value: dialog });
    dialogHandlers.get("dialogMessageReceived")?.();
  },
);
(globalThis as unknown as { Office: unknown }).Office = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({});
  },
  actions: { associate },
  AsyncResultStatus: { Succeeded: "succeeded" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  context: {
    displayLanguage: "en-US",
    requirements: { isSetSupported: (name: string) => name === "DialogApi" },
    ui: { displayDialogAsync },
  },
};

let validateFromRibbon: typeof import("../../src/commands/commands").validateFromRibbon;
beforeAll(async () => {
  ({ validateFromRibbon } = await import("../../src/commands/commands"));
});

function ribbonEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe("the ribbon's Validate command", () => {
  beforeEach(() => jest.clearAllMocks());

  it("is registered under the manifest's function name", async () => {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    expect(associate).toHaveBeenCalledWith("validateFromRibbon", expect.any(Function));
  });

  it("validates the active sheet with the remembered as-at date and tolerance", async () => {
    readTrackingSettings.mockResolvedValue({ asAt: "2024-03-31", tolerance: 0.2 });
    validateActiveSheet.mockResolvedValue({});
    const event = ribbonEvent();
    await validateFromRibbon(event);
    expect(validateActiveSheet).toHaveBeenCalledWith({ asAt: "2024-03-31", tolerance: 0.2 });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when Validate fails", async () => {
    readTrackingSettings.mockResolvedValue({});
    validateActiveSheet.mockRejectedValue(new Error("no table"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = ribbonEvent();
    await validateFromRibbon(event);
    expect(validateActiveSheet).toHaveBeenCalledWith({
      asAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      tolerance: 0.1,
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("tells the officer why, in a dialog, and completes only after it is closed", async () => {
    readTrackingSettings.mockResolvedValue({});
    validateActiveSheet.mockRejectedValue({ code: "AccessDenied" });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = ribbonEvent();
    await validateFromRibbon(event);
    expect(displayDialogAsync).toHaveBeenCalledTimes(1);
    const url = new URL(displayDialogAsync.mock.calls[0][0]);
    expect(url.pathname).toMatch(/message\.html$/);
    expect(url.searchParams.get("title")).toBe("Validate did not run");
    expect(url.searchParams.get("text")).toMatch(/protected/i);
    expect(url.searchParams.get("lang")).toBe("en");
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  describe("in the officer's language", () => {
    const context = (globalThis as unknown as { Office: { context: { displayLanguage: string } } }).Office
      .context;
    afterEach(() => {
      context.displayLanguage = "en-US";
      localStorage.clear();
    });

    async function dialogAfterFailure(): Promise<URL> {
      readTrackingSettings.mockResolvedValue({});
      validateActiveSheet.mockRejectedValue({ code: "AccessDenied" });
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      await validateFromRibbon(ribbonEvent());
      return new URL(displayDialogAsync.mock.calls[0][0]);
    }

    it("titles the dialog in Chinese when Office's display language is Chinese", async () => {
      context.displayLanguage = "zh-HK";
      const url = await dialogAfterFailure();
      expect(url.searchParams.get("title")).toBe("未能核對");
      expect(url.searchParams.get("lang")).toBe("zh-HK");
    });

    it("follows the choice remembered in the pane over Office's display language", async () => {
      context.displayLanguage = "zh-TW";
      localStorage.setItem("kpi-tracker.language", "en");
      const url = await dialogAfterFailure();
      expect(url.searchParams.get("title")).toBe("Validate did not run");
      expect(url.searchParams.get("lang")).toBe("en");
    });

    it("speaks Chinese when the pane's remembered choice is Chinese, whatever Office's language", async () => {
      localStorage.setItem("kpi-tracker.language", "zh-HK");
      const url = await dialogAfterFailure();
      expect(url.searchParams.get("title")).toBe("未能核對");
    });
  });

  it("does not open a dialog when Validate succeeds", async () => {
    readTrackingSettings.mockResolvedValue({});
    validateActiveSheet.mockResolvedValue({});
    await validateFromRibbon(ribbonEvent());
    expect(displayDialogAsync).not.toHaveBeenCalled();
  });
});
