import { departmentSchema, periodSchema } from "../../src/core/register/schema";
import {
  DEFAULT_TOLERANCE,
  DEPARTMENTS,
  FINANCIAL_YEAR_FIRST_MONTH,
  MONTH_NAMES,
  PERIODS,
  SCHOOL_YEAR_FIRST_MONTH,
  SHORT_MONTH_NAMES,
  STATUSES,
} from "../../src/core/vocabulary";

// Written out here, not read from the module: the test states what the lists must be.
const THE_DEPARTMENTS = ["SB", "HKPF", "FSD", "CSD", "ImmD", "C&ED", "GFS", "TCAB"];
const THE_PERIODS = ["year", "quarter", "month", "school-year", "financial-year"];

describe("the vocabulary", () => {
  it("lists the paper's departments in the order the filter shows them", () => {
    expect(DEPARTMENTS).toEqual(THE_DEPARTMENTS);
  });

  it("lists the reporting periods a recurring target counts in", () => {
    expect(PERIODS).toEqual(THE_PERIODS);
  });

  it("lists the statuses in the engine's order of precedence", () => {
    expect(STATUSES.join(" > ")).toBe(
      "invalid > needs-review > completed > overdue > off-track > on-track > not-reported",
    );
  });

  it("lets a KPI lag a tenth of the way from baseline to target by default", () => {
    expect(DEFAULT_TOLERANCE).toBe(0.1);
  });

  it("names the months in full and in three letters", () => {
    expect(MONTH_NAMES.join(" ")).toBe(
      "January February March April May June July August September October November December",
    );
    expect(SHORT_MONTH_NAMES.join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
  });

  it("starts school years in September and financial years in April", () => {
    expect(SCHOOL_YEAR_FIRST_MONTH).toBe(9);
    expect(FINANCIAL_YEAR_FIRST_MONTH).toBe(4);
  });

  it("is what the register schema accepts", () => {
    expect(departmentSchema.options).toEqual(THE_DEPARTMENTS);
    expect(periodSchema.options).toEqual(THE_PERIODS);
    expect(departmentSchema.safeParse("Security Bureau").success).toBe(false);
  });
});
