import { flattenRegister, kpiPlainText } from "../../../src/core/register/flatten";
import { departmentsNamedIn } from "../../../src/core/register/departments";
import { parseTargets } from "../../../src/core/target-parser";
import { loadSeed, SEED_YEARS } from "./seed-files";

/** KPIs whose targets were set by hand, and why. Keep this list short: teach the parser instead. */
const HAND_SET: Record<string, RegExp> = {
  "2022-F-2": /gives a start but no period or end/,
  "2022-F-5": /service standard/,
  "2022-G-5": /staged rise/,
  "2023-H-2": /has no deadline/,
};

describe.each(SEED_YEARS)("the %i register does not drift from its text", (year) => {
  const register = loadSeed(year);
  const records = flattenRegister(register);

  it.each(records.map((r) => [r.id, r] as const))(
    "%s: stored targets are what the parser reads",
    (id, record) => {
      const parsed = parseTargets(kpiPlainText(record.text), register.listStart);
      if (record.handSet) {
        expect(Object.keys(HAND_SET)).toContain(id);
        expect(record.handSet.reason).toMatch(HAND_SET[id]);
        // The parser must not silently agree: a hand-set KPI is one it cannot read as stored.
        expect(parsed.ok && JSON.stringify(parsed.targets) === JSON.stringify(record.targets)).toBe(false);
        return;
      }
      expect(Object.keys(HAND_SET)).not.toContain(id);
      expect(parsed).toEqual({ ok: true, targets: record.targets });
    },
  );

  it.each(records.map((r) => [r.id, r] as const))(
    "%s: departments are the ones the text names",
    (_id, record) => {
      expect(record.departments).toEqual(departmentsNamedIn(kpiPlainText(record.text)));
    },
  );
});

it("lists exactly the hand-set KPIs of the registers", () => {
  const handSet = SEED_YEARS.flatMap((year) =>
    flattenRegister(loadSeed(year))
      .filter((r) => r.handSet)
      .map((r) => r.id),
  );
  expect(handSet).toEqual(Object.keys(HAND_SET));
});
