import { quoteEntry } from "../progress/entry-text";
import { formatPaperDate, fromDayNumber } from "../calendar";
import { scanActual } from "../progress/actual";
import { scanEntryDate } from "../progress/entry-date";
import { isBlank, type CellValue } from "../tracking/cell-value";
import {
  isNumeric,
  type CompiledKpi,
  type CompiledNumericTarget,
  type CompiledTarget,
} from "./compiled-target";
import type { RunContext } from "./part";
import { remember } from "./reasons";
import { REPORTED_STATUS_PHRASES, matchReportedPhrases, type ReportedStatusPhrase } from "./phrases";
import type { KpiMemo, TargetMemo } from "./run-cache";
import type { ProgressEntry } from "./types";

/** An entry row read against its KPI: the figures, dates and phrases understood, and what could not be. */
export interface ParsedEntry {
  /** What could not be read; null when everything could (most rows), so no array is made for them. */
  errors: string[] | null;
  /** By target index (the Target column's part number less one); null where nothing applies to that part. */
  actuals: Array<number | null>;
  completedOnDays: Array<number | null>;
  reportedPhrases: Array<ReportedStatusPhrase | null>;
  somethingReported: boolean;
}

const LIST_SEPARATOR = /[;；]/;
const ALLOWED_PHRASES = REPORTED_STATUS_PHRASES.map((phrase) => `"${phrase}"`).join(", ");
const NO_NUMERIC_TARGET = "Actual: this KPI has no numeric target — leave Actual empty";
const NO_NUMERIC_TARGET_MILESTONE = `${NO_NUMERIC_TARGET} and put the date achieved in Completed on`;

export function parseEntry(
  kpi: CompiledKpi,
  memo: KpiMemo,
  entry: ProgressEntry,
  ctx: RunContext,
): ParsedEntry {
  const actual = reading(memo.actual, entry.actual, memo.blank, (cell, into) =>
    readActuals(kpi, memo.targets, cell, into),
  );
  const completedOn = reading(memo.completedOn, entry.completedOn, memo.blank, (cell, into) =>
    readCompletedOn(kpi, cell, ctx, into),
  );
  const phrases = reading(memo.reportedStatus, entry.reportedStatus, memo.blank, (cell, into) =>
    readReportedStatus(kpi, cell, ctx, into),
  );
  let errors: string[] | null = null;
  for (const field of [actual, completedOn, phrases]) {
    // A copy: the reading is shared between rows, and a result's reasons are its own.
    if (field.errors !== null) errors = errors === null ? field.errors.slice() : errors.concat(field.errors);
  }
  return {
    errors,
    actuals: actual.values as Array<number | null>,
    completedOnDays: completedOn.values as Array<number | null>,
    reportedPhrases: phrases.values as Array<ReportedStatusPhrase | null>,
    somethingReported:
      !isBlank(entry.actual) ||
      !isBlank(entry.completedOn) ||
      !isBlank(entry.reportedStatus) ||
      !isBlank(entry.latestProgress),
  };
}

/** What one entry cell says to each part, by target index, and what could not be read. */
export interface FieldReading {
  values: Array<number | ReportedStatusPhrase | null>;
  errors: string[] | null;
}

/**
 * Officers type few distinct cells per KPI, so each cell is read once a run and its reading shared
 * (read-only). Within a run the as-at date, which Completed on is checked against, is fixed.
 */
function reading(
  memo: Map<CellValue, FieldReading>,
  cell: CellValue,
  blank: FieldReading,
  read: (cell: CellValue, into: FieldReading) => void,
): FieldReading {
  if (isBlank(cell)) return blank;
  let found = memo.get(cell);
  if (found === undefined) {
    found = { values: new Array<null>(blank.values.length).fill(null), errors: null };
    read(cell, found);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the limit bounds memory only; a cleared cell is read again to the same reading.
    if (memo.size >= READINGS_LIMIT) memo.clear();
    memo.set(cell, found);
  }
  return found;
}

const READINGS_LIMIT = 1_000;

function addError(parsed: FieldReading, error: string): void {
  if (parsed.errors === null) parsed.errors = [error];
  else parsed.errors.push(error);
}

/** A cell split at ";" when it holds one; a single value otherwise (numbers and dates typed into Excel). */
function segmentsOf(cell: CellValue): CellValue[] {
  return typeof cell === "string" && LIST_SEPARATOR.test(cell) ? cell.split(LIST_SEPARATOR) : [cell];
}

/** "(1) training sessions; (2) teachers", the parts a list of values follows. */
function partOrder(kpi: CompiledKpi): string {
  return kpi.targets.map((target) => target.name).join("; ");
}

function readActuals(
  kpi: CompiledKpi,
  memos: readonly TargetMemo[],
  cell: CellValue,
  parsed: FieldReading,
): void {
  const numeric = kpi.numeric;
  if (numeric.length === 0) {
    addError(parsed, kpi.milestones.length > 0 ? NO_NUMERIC_TARGET_MILESTONE : NO_NUMERIC_TARGET);
    return;
  }
  const segments = segmentsOf(cell);
  if (segments.length === 1) {
    if (numeric.length === 1)
      parsed.values[numeric[0].index] = readOneActual(kpi, numeric[0], memos, cell, parsed);
    else addError(parsed, wrongValueCount(kpi, 1));
    return;
  }
  if (segments.length !== kpi.targets.length) {
    addError(parsed, wrongValueCount(kpi, segments.length));
    return;
  }
  for (const target of kpi.targets) {
    const segment = segments[target.index];
    if (isBlank(segment)) continue;
    if (isNumeric(target)) parsed.values[target.index] = readOneActual(kpi, target, memos, segment, parsed);
    else addError(parsed, `Actual ${target.name}: ${takesNoFigure(target)}`);
  }
}

function takesNoFigure(target: CompiledTarget): string {
  return target.kind === "milestone"
    ? "a milestone takes no figure — put the date achieved in Completed on"
    : "this part has nothing to count — leave its place empty";
}

function wrongValueCount(kpi: CompiledKpi, got: number): string {
  const parts = kpi.targets.length;
  const one = kpi.numeric.length === 1 ? `one value for ${kpi.numeric[0].name}, or ` : "";
  return `Actual: ${one}${parts} values separated by ";" in the order of the Target column: ${partOrder(kpi)} — got ${got}`;
}

/** The figure for one numeric target, or null with an error noted. */
function readOneActual(
  kpi: CompiledKpi,
  target: CompiledNumericTarget,
  memos: readonly TargetMemo[],
  cell: CellValue,
  parsed: FieldReading,
): number | null {
  const actualErrors = memos[target.index].actualErrors;
  const known = actualErrors.get(cell);
  // Stryker disable next-line BlockStatement: equivalent, reading the cell again gives the same error; the memo only shares the string.
  if (known !== undefined) {
    addError(parsed, known);
    return null;
  }
  const scanned = scanActual(cell);
  if (scanned.ok && (!scanned.percent || takesPercent(target))) return scanned.value;
  const field = kpi.targets.length > 1 ? `Actual ${target.name}` : "Actual";
  const error = scanned.ok
    ? `${field}: ${quoteEntry(String(cell))} is a percentage, but this target counts ${target.unitName} — enter the number`
    : `${field}: ${scanned.message}`;
  addError(parsed, remember(actualErrors, cell, error));
  return null;
}

function takesPercent(compiled: CompiledNumericTarget): boolean {
  return compiled.kind === "percentage-change" || compiled.target.unit.includes("%");
}

/**
 * One date: the KPI's only target, its only milestone, or (no milestone) every part, where it tells
 * whether a met figure was met late. Several dates: one per part, in the Target column's order.
 */
function readCompletedOn(kpi: CompiledKpi, cell: CellValue, ctx: RunContext, parsed: FieldReading): void {
  const segments = segmentsOf(cell);
  const days = parsed.values;
  if (segments.length === 1) {
    const milestones = kpi.milestones.length;
    if (milestones > 1) {
      addError(parsed, wrongDateCount(kpi, 1));
      return;
    }
    const day = readOneDate(null, cell, ctx, parsed);
    if (milestones === 1) days[kpi.milestones[0].index] = day;
    else days.fill(day);
    return;
  }
  if (segments.length !== kpi.targets.length) {
    addError(parsed, wrongDateCount(kpi, segments.length));
    return;
  }
  for (const target of kpi.targets) {
    const segment = segments[target.index];
    if (isBlank(segment)) continue;
    if (target.kind === "ongoing") {
      addError(
        parsed,
        `Completed on ${target.name}: an ongoing part has no completion — leave its place empty`,
      );
    } else {
      days[target.index] = readOneDate(target, segment, ctx, parsed);
    }
  }
}

function wrongDateCount(kpi: CompiledKpi, got: number): string {
  return `Completed on: ${kpi.targets.length} dates separated by ";" in the order of the Target column: ${partOrder(kpi)} — leave a place empty for a part not completed; got ${got}`;
}

function readOneDate(
  target: CompiledTarget | null,
  cell: CellValue,
  ctx: RunContext,
  parsed: FieldReading,
): number | null {
  const field = target === null ? "Completed on" : `Completed on ${target.name}`;
  const completedOnErrors = ctx.cache.completedOnErrors;
  const known = target === null ? completedOnErrors.get(cell) : undefined;
  // Stryker disable next-line BlockStatement: equivalent, reading the cell again gives the same error; the memo only shares the string.
  if (known !== undefined) {
    addError(parsed, known);
    return null;
  }
  const scanned = scanEntryDate(cell);
  if (!scanned.ok) {
    const error = `${field}: ${scanned.message}`;
    addError(parsed, target === null ? remember(completedOnErrors, cell, error) : error);
    return null;
  }
  const day = scanned.day;
  if (day > ctx.asAtDay) {
    addError(
      parsed,
      `${field}: ${formatPaperDate(fromDayNumber(day))} is after the as-at date ${formatPaperDate(ctx.asAt)} — check the date`,
    );
    return null;
  }
  return day;
}

/** One phrase for the whole KPI, or one per part in the paper's form ("KPI of 2022 completed. KPI of 2023 on track."). */
function readReportedStatus(kpi: CompiledKpi, cell: CellValue, ctx: RunContext, parsed: FieldReading): void {
  const reportedStatusErrors = ctx.cache.reportedStatusErrors;
  const phrases = typeof cell === "string" ? matchReportedPhrases(cell) : null;
  const parts = kpi.targets.length;
  if (phrases === null) {
    addError(
      parsed,
      reportedStatusErrors.get(cell) ??
        remember(
          reportedStatusErrors,
          cell,
          `Reported status: ${quoteEntry(String(cell))} is not one of the allowed phrases: ${ALLOWED_PHRASES}`,
        ),
    );
    return;
  }
  if (phrases.length === 1) {
    parsed.values.fill(phrases[0]);
    return;
  }
  if (phrases.length !== parts) {
    addError(
      parsed,
      `Reported status: ${phrases.length} phrases, but this KPI has ${parts} part${parts === 1 ? "" : "s"} — give one phrase, or one per part in the order of the Target column: ${partOrder(kpi)}`,
    );
    return;
  }
  // A fresh array with one phrase per part, in part order.
  parsed.values = phrases;
}
