import { flattenRegister, kpiPlainText } from "../../../src/core/register/flatten";
import { loadSeed } from "./seed-files";

describe("flattenRegister", () => {
  const register = loadSeed(2023);
  const records = flattenRegister(register);

  it("lists every KPI in print order with its area and measure", () => {
    const ids = register.areas.flatMap((a) => a.measures.flatMap((m) => m.kpis.map((k) => k.id)));
    expect(records.map((r) => r.id)).toEqual(ids);
    expect(records[0]).toMatchObject({
      id: "2023-A-1",
      year: 2023,
      area: { numeral: "I", title: "Safeguarding Our Country and Home" },
      measure: { letter: "A", title: "Safeguarding national security" },
    });
    expect(records.find((r) => r.id === "2023-H-2")?.handSet?.reason).toMatch(
      /^The reduction .* has no deadline; dated to the paper's own horizon/,
    );
  });

  it("gives plain text without emphasis", () => {
    expect(
      kpiPlainText([{ text: "Conduct " }, { text: "750", bold: true }, { text: "  inspections " }]),
    ).toBe("Conduct 750 inspections");
  });
});
