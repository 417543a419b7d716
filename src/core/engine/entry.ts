import { quoteEntry } from "../progress/text";
import { formatPaperDate, fromDayNumber } from "../calendar";
import { scanActual } from "../progress/actual";
import { scanEntryDate } from "../progress/entry-date";
import type { Target } from "../register/schema";
import type { CompiledKpi } from "./compile";
import type { RunContext } from "./part";
import { remember } from "./reasons";
import { REPORTED_STATUS_PHRASES, matchReportedPhrase, type ReportedStatusPhrase } from "./phrases";
import type { CellValue, ProgressEntry } from "./types";

/** An entry row read against its KPI: the figures, date and phrase understood, and what could not be. */
export interface ParsedEntry {
  /** What could not be read; null when everything could (most rows), so no array is made for them. */
  errors: string[] | null;
  /** One per numeric target, in target order; null where nothing was entered or it could not be read. */
  actuals: Array<number | null>;
  completedOnDay: number | null;
  reportedPhrase: ReportedStatusPhrase | null;
  somethingReported: boolean;
}

const LIST_SEPARATOR = /[;；]/;
const ALLOWED_PHRASES = REPORTED_STATUS_PHRASES.map((phrase) => `"${phrase}"`).join(", ");
const NO_NUMERIC_TARGET = "Actual: this KPI has no numeric target — leave Actual empty";
const NO_NUMERIC_TARGET_MILESTONE = `${NO_NUMERIC_TARGET} and put the date achieved in Completed on`;

/** Error texts by the cell that caused them: the same mistake on many rows shares one string. */
const completedOnErrors = new Map<CellValue, string>();
const reportedStatusErrors = new Map<CellValue, string>();

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && isBlankText(cell));
}

/** Blank without trimming (which copies the text) when the first character already shows it is not. */
function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === "";
}

export function parseEntry(kpi: CompiledKpi, entry: ProgressEntry, ctx: RunContext): ParsedEntry {
  const parsed: ParsedEntry = {
    errors: null,
    actuals: new Array<number | null>(kpi.numeric.length).fill(null),
    completedOnDay: null,
    reportedPhrase: null,
    somethingReported:
      !isBlank(entry.actual) ||
      !isBlank(entry.completedOn) ||
      !isBlank(entry.reportedStatus) ||
      !isBlank(entry.latestProgress),
  };
  readActuals(kpi, entry.actual, parsed);
  parsed.completedOnDay = readCompletedOn(entry.completedOn, ctx, parsed);
  parsed.reportedPhrase = readReportedStatus(entry.reportedStatus, parsed);
  return parsed;
}

function addError(parsed: ParsedEntry, error: string): void {
  if (parsed.errors === null) parsed.errors = [error];
  else parsed.errors.push(error);
}

function readActuals(kpi: CompiledKpi, cell: CellValue | undefined, parsed: ParsedEntry): void {
  const count = kpi.numeric.length;
  if (isBlank(cell)) return;
  if (count === 0) {
    addError(parsed, kpi.milestones.length > 0 ? NO_NUMERIC_TARGET_MILESTONE : NO_NUMERIC_TARGET);
    return;
  }
  const isList = typeof cell === "string" && (count > 1 || LIST_SEPARATOR.test(cell));
  if (!isList) {
    if (count === 1) parsed.actuals[0] = readOneActual(kpi, 0, cell!, parsed);
    else addError(parsed, wrongValueCount(kpi, 1));
    return;
  }
  const segments = (cell as string).split(LIST_SEPARATOR);
  if (segments.length !== count) {
    addError(parsed, wrongValueCount(kpi, segments.length));
    return;
  }
  for (let i = 0; i < count; i++) {
    if (count > 1 && isBlank(segments[i])) continue;
    parsed.actuals[i] = readOneActual(kpi, i, segments[i], parsed);
  }
}

function wrongValueCount(kpi: CompiledKpi, got: number): string {
  const count = kpi.numeric.length;
  const order = kpi.numeric.map((target) => target.name).join("; ");
  return `Actual: ${count} value${count === 1 ? "" : "s"} expected, separated by ";" in this order: ${order} — got ${got}`;
}

/** The figure for one numeric target, or null with an error noted. */
function readOneActual(
  kpi: CompiledKpi,
  position: number,
  cell: CellValue,
  parsed: ParsedEntry,
): number | null {
  const target = kpi.numeric[position];
  const known = target.actualErrors.get(cell);
  if (known !== undefined) {
    addError(parsed, known);
    return null;
  }
  const scanned = scanActual(cell);
  if (scanned.ok && (!scanned.percent || takesPercent(target.target))) return scanned.value;
  const field = kpi.numeric.length > 1 ? `Actual (${target.name})` : "Actual";
  const error = scanned.ok
    ? `${field}: ${quoteEntry(String(cell))} is a percentage, but this target counts ${target.name} — enter the number`
    : `${field}: ${scanned.message}`;
  addError(parsed, remember(target.actualErrors, cell, error));
  return null;
}

function takesPercent(target: Target): boolean {
  return target.kind === "percentage-change" || ("unit" in target && target.unit.includes("%"));
}

function readCompletedOn(cell: CellValue | undefined, ctx: RunContext, parsed: ParsedEntry): number | null {
  if (isBlank(cell)) return null;
  const known = completedOnErrors.get(cell!);
  if (known !== undefined) {
    addError(parsed, known);
    return null;
  }
  const scanned = scanEntryDate(cell);
  if (!scanned.ok) {
    addError(parsed, remember(completedOnErrors, cell!, `Completed on: ${scanned.message}`));
    return null;
  }
  const day = scanned.day;
  if (day > ctx.asAtDay) {
    addError(
      parsed,
      `Completed on: ${formatPaperDate(fromDayNumber(day))} is after the as-at date ${formatPaperDate(ctx.asAt)} — check the date`,
    );
    return null;
  }
  return day;
}

function readReportedStatus(cell: CellValue | undefined, parsed: ParsedEntry): ReportedStatusPhrase | null {
  if (isBlank(cell)) return null;
  const phrase = typeof cell === "string" ? matchReportedPhrase(cell) : null;
  if (phrase === null) {
    addError(
      parsed,
      reportedStatusErrors.get(cell!) ??
        remember(
          reportedStatusErrors,
          cell!,
          `Reported status: ${quoteEntry(String(cell))} is not one of the allowed phrases: ${ALLOWED_PHRASES}`,
        ),
    );
  }
  return phrase;
}
