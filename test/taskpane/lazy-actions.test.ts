/**
 * The pane's one way into src/excel: the Office.js implementation, fetched on first use.
 */
const IMPLEMENTATION = "../../src/excel/office-workbook-actions";

async function lazyActions() {
  return (await import("../../src/taskpane/lazy-actions")).lazyWorkbookActions;
}

// Each test fetches the implementation afresh, as a newly opened pane does.
beforeEach(() => jest.resetModules());
afterEach(() => jest.dontMock(IMPLEMENTATION));

describe("the lazily fetched workbook actions", () => {
  it("hand each request to the implementation and its answer back", async () => {
    const outcome = { sheetName: "Annex 2023", replaced: true, nameTaken: false };
    const writeAnnexSheet = jest.fn().mockResolvedValue(outcome);
    jest.doMock(IMPLEMENTATION, () => ({ officeWorkbookActions: { writeAnnexSheet } }));
    const annex = { year: 2023 };
    await expect((await lazyActions()).writeAnnexSheet(annex as never)).resolves.toBe(outcome);
    expect(writeAnnexSheet).toHaveBeenCalledWith(annex);
  });

  it("say in words when the implementation cannot be fetched", async () => {
    jest.doMock(IMPLEMENTATION, () => {
      throw new Error("Loading chunk excel-adapter failed.");
    });
    await expect((await lazyActions()).readTrackingSettings()).rejects.toThrow(
      "The add-in could not load its Excel part. Close the task pane and open it again.",
    );
  });
});
