import { dayNumber, toIsoDate } from "../calendar";
import type { Period } from "../register/schema";
import {
  FINANCIAL_YEAR_FIRST_MONTH,
  SCHOOL_YEAR_FIRST_MONTH,
  SHORT_MONTH_NAMES as MONTH_SHORT,
} from "../vocabulary";

/** A reporting period as day numbers (inclusive), with the name an officer would use. */
export interface PeriodSpan {
  startDay: number;
  endDay: number;
  label: string;
}

/**
 * The period of the given kind that contains the ISO date. `firstMonth` moves the start of yearly and
 * quarterly cycles off the calendar's ("each year starting from Q3 2022": years run July to June).
 */
export function periodContaining(period: Period, iso: string, firstMonth = 1): PeriodSpan {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  switch (period) {
    case "year":
      return firstMonth === 1
        ? span(year, 1, 12, String(year))
        : shiftedCycle(year, month, firstMonth, 12, "year");
    case "quarter": {
      if (firstMonth % 3 !== 1) return shiftedCycle(year, month, firstMonth, 3, "quarter");
      const quarter = Math.floor((month - 1) / 3);
      return span(year, quarter * 3 + 1, 3, `Q${quarter + 1} ${year}`);
    }
    case "month":
      return span(year, month, 1, `${MONTH_SHORT[month - 1]} ${year}`);
    case "school-year": {
      const first = month >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
      return span(first, SCHOOL_YEAR_FIRST_MONTH, 12, `the ${first}/${shortYear(first + 1)} school year`);
    }
    case "financial-year": {
      const first = month >= FINANCIAL_YEAR_FIRST_MONTH ? year : year - 1;
      return span(
        first,
        FINANCIAL_YEAR_FIRST_MONTH,
        12,
        `the ${first}/${shortYear(first + 1)} financial year`,
      );
    }
  }
}

function shortYear(year: number): string {
  return String(year % 100).padStart(2, "0");
}

function span(year: number, firstMonth: number, months: number, label: string): PeriodSpan {
  const startDay = dayNumber(toIsoDate(year, firstMonth, 1));
  const endMonthIndex = firstMonth - 1 + months;
  const nextStart = dayNumber(toIsoDate(year + Math.floor(endMonthIndex / 12), (endMonthIndex % 12) + 1, 1));
  return { startDay, endDay: nextStart - 1, label };
}

/** A cycle of `months` months whose cycles start in `firstMonth`: "the year Jul 2023 – Jun 2024". */
function shiftedCycle(
  year: number,
  month: number,
  firstMonth: number,
  months: number,
  noun: string,
): PeriodSpan {
  // Months since a cycle start, counted from the start month of the calendar year.
  const offset = (((month - firstMonth) % months) + months) % months;
  const startIndex = year * 12 + month - 1 - offset;
  const startYear = Math.floor(startIndex / 12);
  const startMonth = (startIndex % 12) + 1;
  const endIndex = startIndex + months - 1;
  const label = `the ${noun} ${MONTH_SHORT[startMonth - 1]} ${startYear} – ${MONTH_SHORT[endIndex % 12]} ${Math.floor(endIndex / 12)}`;
  return span(startYear, startMonth, months, label);
}
