export { parseDeadline, type DeadlineParseResult } from "./parse-deadline";
export { findTimePhrases, type TimePhrase } from "./find-time-phrases";
export { resolvePeriod, type CalendarSpan } from "./periods";
