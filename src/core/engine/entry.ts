import { formatPaperDate, fromDayNumber } from "../calendar";
import { scanActual } from "../progress/actual";
import { scanEntryDate } from "../progress/entry-date";
import type { Target } from "../register/schema";
import type { CompiledKpi } from "./compile";
import type { ActualFigure, RunContext } from "./part";
import { REPORTED_STATUS_PHRASES, matchReportedPhrase, type ReportedStatusPhrase } from "./phrases";
import type { CellValue, ProgressEntry } from "./types";

/** An entry row read against its KPI: the figures, date and phrase understood, and what could not be. */
export interface ParsedEntry {
  errors: string[];
  /** One per numeric target, in target order; null where nothing was entered or it could not be read. */
  actuals: Array<ActualFigure | null>;
  completedOnDay: number | null;
  reportedPhrase: ReportedStatusPhrase | null;
  somethingReported: boolean;
}

const LIST_SEPARATOR = /[;；]/;
const ALLOWED_PHRASES = REPORTED_STATUS_PHRASES.map((phrase) => `"${phrase}"`).join(", ");

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function parseEntry(kpi: CompiledKpi, entry: ProgressEntry, ctx: RunContext): ParsedEntry {
  const errors: string[] = [];
  const actuals = readActuals(kpi, entry.actual, errors);
  const completedOnDay = readCompletedOn(entry.completedOn, ctx, errors);
  const reportedPhrase = readReportedStatus(entry.reportedStatus, errors);
  const somethingReported =
    !isBlank(entry.actual) ||
    !isBlank(entry.completedOn) ||
    !isBlank(entry.reportedStatus) ||
    !isBlank(entry.latestProgress);
  return { errors, actuals, completedOnDay, reportedPhrase, somethingReported };
}

function readActuals(
  kpi: CompiledKpi,
  cell: CellValue | undefined,
  errors: string[],
): Array<ActualFigure | null> {
  const count = kpi.numeric.length;
  const actuals: Array<ActualFigure | null> = new Array<ActualFigure | null>(count).fill(null);
  if (isBlank(cell)) return actuals;
  if (count === 0) {
    const hint = kpi.milestones.length > 0 ? " and put the date achieved in Completed on" : "";
    errors.push(`Actual: this KPI has no numeric target — leave Actual empty${hint}`);
    return actuals;
  }
  const segments: CellValue[] =
    typeof cell === "string" && (count > 1 || LIST_SEPARATOR.test(cell))
      ? cell.split(LIST_SEPARATOR)
      : [cell!];
  if (segments.length !== count) {
    const order = kpi.numeric.map((target) => target.name).join("; ");
    errors.push(
      `Actual: ${count} value${count === 1 ? "" : "s"} expected, separated by ";" in this order: ${order} — got ${segments.length}`,
    );
    return actuals;
  }
  for (let i = 0; i < count; i++) {
    if (count > 1 && isBlank(segments[i])) continue;
    readOneActual(kpi, i, segments[i], actuals, errors);
  }
  return actuals;
}

function readOneActual(
  kpi: CompiledKpi,
  position: number,
  cell: CellValue,
  actuals: Array<ActualFigure | null>,
  errors: string[],
): void {
  const target = kpi.numeric[position];
  const field = kpi.numeric.length > 1 ? `Actual (${target.name})` : "Actual";
  const parsed = scanActual(cell);
  if (!parsed.ok) {
    errors.push(`${field}: ${parsed.message}`);
  } else if (parsed.percent && !takesPercent(target.target)) {
    errors.push(
      `${field}: "${String(cell).trim()}" is a percentage, but this target counts ${target.name} — enter the number`,
    );
  } else {
    actuals[position] = parsed;
  }
}

function takesPercent(target: Target): boolean {
  return target.kind === "percentage-change" || ("unit" in target && target.unit.includes("%"));
}

function readCompletedOn(cell: CellValue | undefined, ctx: RunContext, errors: string[]): number | null {
  if (isBlank(cell)) return null;
  const parsed = scanEntryDate(cell);
  if (!parsed.ok) {
    errors.push(`Completed on: ${parsed.message}`);
    return null;
  }
  const day = parsed.day;
  if (day > ctx.asAtDay) {
    errors.push(
      `Completed on: ${formatPaperDate(fromDayNumber(day))} is after the as-at date ${formatPaperDate(ctx.asAt)} — check the date`,
    );
    return null;
  }
  return day;
}

function readReportedStatus(cell: CellValue | undefined, errors: string[]): ReportedStatusPhrase | null {
  if (isBlank(cell)) return null;
  const phrase = typeof cell === "string" ? matchReportedPhrase(cell) : null;
  if (phrase === null) {
    errors.push(
      `Reported status: "${String(cell).trim()}" is not one of the allowed phrases: ${ALLOWED_PHRASES}`,
    );
  }
  return phrase;
}
