/** The registers a workbook keeps in its settings come back to a reopened pane, parts and all. */
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { readWorkbookRegisters } from "../../src/excel/settings";
import { AS_AT, installDouble, seedRegister, syntheticRegister } from "./helpers";

describe("readWorkbookRegisters", () => {
  it("finds nothing in a workbook that keeps no register", async () => {
    installDouble();
    await expect(readWorkbookRegisters()).resolves.toEqual([]);
  });

  it("returns each register Load kept, in two round trips, and ignores other settings", async () => {
    const double = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), departments: [], asAt: AS_AT });
    await loadTrackingTable({ register: seedRegister(2022), departments: [], asAt: AS_AT });
    double.model.syncCount = 0;
    const registers = await readWorkbookRegisters();
    expect(registers.map((register) => register.year).sort()).toEqual([2022, 2023]);
    expect(registers.find((register) => register.year === 2023)).toEqual(seedRegister(2023));
    expect(double.model.syncCount).toBe(2);
  });

  it("puts a register kept in parts back together", async () => {
    installDouble();
    const large = syntheticRegister(6000);
    await loadTrackingTable({ register: large, departments: [], asAt: AS_AT });
    const [kept] = await readWorkbookRegisters();
    expect(kept).toEqual(large);
  });
});
