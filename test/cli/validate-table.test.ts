import { cliTranslator } from "../../src/cli/cli-language";
import { toTable } from "../../src/cli/commands/validate";
import { indexRegister, validateProgress } from "../../src/core/engine/validate-progress";
import { INSPECTIONS, entry, kpi, register } from "../core/engine/fixtures";

describe("validate's table", () => {
  test("prints every row of a 200 000-row file", () => {
    const REGISTER = register([kpi("2024-E-1", [INSPECTIONS])]);
    const [result] = validateProgress(REGISTER, [entry("2024-E-1", { actual: 200 })], { asAt: "2024-10-31" });
    const rows = 200_000;
    const results = new Array(rows).fill(result);
    const lines = toTable(results, indexRegister(REGISTER), cliTranslator("en")).split("\n");
    expect(lines.filter((line) => line.startsWith("2024-E-1 "))).toHaveLength(rows);
    expect(lines).toContain(`total         ${rows}`);
  });
});
