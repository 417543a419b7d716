/** A cell an officer pasted a whole report into is quoted in messages at a readable length. */
import { validateProgress } from "../../../src/core/engine/validate-progress";
import { parseActual } from "../../../src/core/progress/actual";
import { parseEntryDate } from "../../../src/core/progress/entry-date";
import { ECHO_LIMIT, quoteEntry } from "../../../src/core/progress/entry-text";
import { INSPECTIONS, kpi, register } from "../engine/fixtures";

const PASTED = `Progress: ${"the department conducted many inspections this quarter; ".repeat(40)}`;

function quotedPart(message: string): string {
  const match = /"([^"]*)"/.exec(message);
  if (!match) throw new Error(`no quoted cell in: ${message}`);
  return match[1];
}

describe("typed cells echoed in messages", () => {
  test("are cut to ECHO_LIMIT characters, ending in an ellipsis", () => {
    expect(ECHO_LIMIT).toBe(80);
    const quoted = quotedPart(quoteEntry(PASTED));
    expect(Array.from(quoted)).toHaveLength(ECHO_LIMIT);
    expect(quoted.endsWith("…")).toBe(true);
    expect(PASTED.startsWith(quoted.slice(0, -1))).toBe(true);
  });

  test("short cells are quoted whole, and an astral character is never split", () => {
    expect(quoteEntry("  seven hundred ")).toBe('"seven hundred"');
    const astral = "𠀀".repeat(100);
    const quoted = quotedPart(quoteEntry(astral));
    expect(quoted).toBe(`${"𠀀".repeat(ECHO_LIMIT - 1)}…`);
  });

  test.each([
    [
      "Actual",
      () => {
        const r = parseActual(PASTED);
        return r.ok ? "" : r.message;
      },
    ],
    [
      "Completed on",
      () => {
        const r = parseEntryDate(PASTED);
        return r.ok ? "" : r.message;
      },
    ],
    [
      "Reported status and KPI ID",
      () =>
        validateProgress(
          register([kpi("2024-E-1", [INSPECTIONS])]),
          [
            {
              kpiId: "2024-E-1",
              actual: null,
              completedOn: null,
              reportedStatus: PASTED,
              latestProgress: null,
            },
            { kpiId: PASTED, actual: 1, completedOn: null, reportedStatus: null, latestProgress: null },
          ],
          { asAt: "2024-10-31" },
        )
          .flatMap((result) => result.reasons)
          .join("\n"),
    ],
  ])("%s messages stay short", (_field, message) => {
    const text = message();
    expect(text).toContain("…");
    expect(text).not.toContain(PASTED.trim());
    for (const line of text.split("\n")) expect(line.length).toBeLessThan(400);
  });
});
