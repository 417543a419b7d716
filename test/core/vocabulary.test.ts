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

describe("the vocabulary", () => {
  it("lists the paper's departments in the order the filter shows them", () => {
    expect(DEPARTMENTS).toEqual(["SB", "HKPF", "FSD", "CSD", "ImmD", "C&ED", "GFS", "TCAB"]);
  });

  it("lists the reporting periods a recurring target counts in", () => {
    expect(PERIODS).toEqual(["year", "quarter", "month", "school-year", "financial-year"]);
  });

  it("lists the statuses in the engine's order of precedence", () => {
    expect(STATUSES).toEqual([
      "invalid",
      "needs-review",
      "completed",
      "overdue",
      "off-track",
      "on-track",
      "not-reported",
    ]);
  });

  it("lets a KPI lag a tenth of the way from baseline to target by default", () => {
    expect(DEFAULT_TOLERANCE).toBe(0.1);
  });

  it("names the months in full and in three letters", () => {
    expect(MONTH_NAMES).toEqual([
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ]);
    expect(SHORT_MONTH_NAMES).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ]);
  });

  it("starts school years in September and financial years in April", () => {
    expect(SCHOOL_YEAR_FIRST_MONTH).toBe(9);
    expect(FINANCIAL_YEAR_FIRST_MONTH).toBe(4);
  });

  it("is what the register schema accepts", () => {
    expect(departmentSchema.options).toEqual(["SB", "HKPF", "FSD", "CSD", "ImmD", "C&ED", "GFS", "TCAB"]);
    expect(periodSchema.options).toEqual(["year", "quarter", "month", "school-year", "financial-year"]);
    expect(departmentSchema.safeParse("Security Bureau").success).toBe(false);
  });
});
