import { DEFAULT_TOLERANCE as ENGINE_TOLERANCE } from "../../src/core/engine/validate";
import { DEPARTMENTS } from "../../src/core/register/schema";
import { DEFAULT_TOLERANCE } from "../../src/core/vocabulary";
import { PANE_DEPARTMENTS } from "../../src/taskpane/departments";

// The pane keeps small copies so its first paint needs neither the engine nor the schema library.
it("keeps the pane's copies equal to the originals", () => {
  expect(DEFAULT_TOLERANCE).toBe(ENGINE_TOLERANCE);
  expect(PANE_DEPARTMENTS).toEqual(DEPARTMENTS);
});
