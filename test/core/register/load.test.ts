import { loadRegister } from "../../../src/core/register/load";
import { readSeedJson } from "./seed-files";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures poke at raw JSON

const seed = (year = 2023): Json => structuredClone(readSeedJson(year)) as Json;
const firstKpi = (register: Json): Json => register.areas[0].measures[0].kpis[0];
const kpiById = (register: Json, id: string): Json =>
  register.areas.flatMap((a: Json) => a.measures.flatMap((m: Json) => m.kpis)).find((k: Json) => k.id === id);

function errorsOf(json: unknown): string[] {
  const result = loadRegister(json);
  if (result.ok) throw new Error("expected the register to be refused");
  return result.errors;
}

describe("loadRegister", () => {
  it("accepts both seed registers", () => {
    for (const year of [2022, 2023]) expect(loadRegister(readSeedJson(year)).ok).toBe(true);
  });

  it("refuses something that is not a register at all", () => {
    expect(errorsOf("not json-shaped")[0]).toMatch(/^register: /);
    expect(errorsOf(null)).toEqual([expect.stringMatching(/^register: .*expected object, received null/)]);
    expect(errorsOf([1, 2, 3])).toEqual([
      expect.stringMatching(/^register: .*expected object, received array/),
    ]);
  });

  it("refuses a KPI without an id, naming where it is", () => {
    const register = seed();
    delete firstKpi(register).id;
    expect(errorsOf(register)).toContain(
      "KPI at areas[0].measures[0].kpis[0]: id: Invalid input: expected string, received undefined",
    );
  });

  it("refuses a duplicate id", () => {
    const register = seed();
    register.areas[0].measures[0].kpis[1].id = "2023-A-1";
    const errors = errorsOf(register);
    expect(errors).toContain("KPI 2023-A-1: id: duplicate id");
    expect(errors).toContain("KPI 2023-A-1: id: number 1 should be 2 (its position under measure A)");
  });

  it("refuses an unknown department", () => {
    const register = seed();
    firstKpi(register).departments = ["SB", "MTR"];
    expect(errorsOf(register).join("\n")).toMatch(/^KPI 2023-A-1: departments\[1\]: /m);
  });

  it("refuses a deadline that ends before it starts", () => {
    const register = seed();
    kpiById(register, "2023-E-1").targets[0].deadline.end = "2023-01-01";
    expect(errorsOf(register)).toEqual([
      "KPI 2023-E-1: targets[0].deadline.end: deadline is before its start",
    ]);
  });

  it("refuses a target kind without its value", () => {
    const register = seed();
    delete kpiById(register, "2023-E-1").targets[0].quantity;
    expect(errorsOf(register)[0]).toMatch(/^KPI 2023-E-1: targets\[0\]\.quantity: /);
  });

  it("refuses an id whose year or letter disagrees with where it sits", () => {
    const register = seed();
    firstKpi(register).id = "2022-B-1";
    const errors = errorsOf(register);
    expect(errors).toContain("KPI 2022-B-1: id: year 2022 is not the register's year 2023");
    expect(errors).toContain("KPI 2022-B-1: id: letter B is not its measure's letter A");
  });

  it("refuses a reported figure pointing at a target that does not exist", () => {
    const register = seed(2022);
    kpiById(register, "2022-C-2").progress.figures[1].targetIndex = 5;
    expect(errorsOf(register)).toEqual([
      "KPI 2022-C-2: progress.figures[1].targetIndex: 5 is out of range (2 targets)",
    ]);
  });

  it("refuses the whole file, listing every error", () => {
    const register = seed();
    firstKpi(register).departments = ["XYZ"];
    kpiById(register, "2023-E-1").targets[0].deadline.end = "2023-01-01";
    expect(errorsOf(register)).toEqual([
      expect.stringMatching(/^KPI 2023-A-1: departments\[0\]: .*"SB"/),
      "KPI 2023-E-1: targets[0].deadline.end: deadline is before its start",
    ]);
  });

  it("accepts a hand-set KPI like any other", () => {
    const register = seed();
    const kpi = kpiById(register, "2023-H-2");
    expect(kpi.handSet.reason).toMatch(/^The reduction .* has no deadline; dated to the paper's own horizon/);
    kpi.targets[0].to = 9;
    expect(errorsOf(register)).toEqual([
      "KPI 2023-H-2: targets[0].to: a reduction must end below where it starts",
    ]);
  });
});
