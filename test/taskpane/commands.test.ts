const validateActiveSheet = jest.fn();
const readTrackingSettings = jest.fn();
jest.mock("../../src/excel/excel-tracking-actions", () => ({
  excelTrackingActions: { validateActiveSheet, readTrackingSettings },
}));

const associate = jest.fn();
(globalThis as unknown as { Office: unknown }).Office = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({});
  },
  actions: { associate },
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
});
