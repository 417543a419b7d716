import type { Period } from "./schema";

/** The word for one reporting period, as in "3 000 each year" or "10 per school year". */
export const PERIOD_NOUN: Readonly<Record<Period, string>> = {
  year: "year",
  quarter: "quarter",
  month: "month",
  "school-year": "school year",
  "financial-year": "financial year",
};
