import { fromDayNumber, isCalendarDate } from "../calendar";
import type { CellValue } from "../tracking/cell-value";
import { shortDate } from "./reading";
import { targetSchema, type Target } from "./schema";

/** An officer's corrections to a reading, from the cells beside a KPI: kind, quantity, unit, baseline, deadline. */
export type OverrideCells = readonly [CellValue, CellValue, CellValue, CellValue, CellValue];

export const OVERRIDE_KINDS = ["count", "milestone", "ongoing"] as const;
type OverrideKind = (typeof OVERRIDE_KINDS)[number];

/** Excel's serial day number for 1970-01-01 (1900 date system). */
const SERIAL_1970 = 25_569;

export type OverrideResult = { ok: true; target: Target } | { ok: false; error: string };

const blank = (value: CellValue) => value === null || String(value).trim() === "";

export function hasOverride(cells: OverrideCells): boolean {
  return !cells.every(blank);
}

function readNumber(value: CellValue, name: string): number | string {
  if (typeof value === "number") return value;
  const text = String(value).replace(/[\s,]/g, "");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : `${name} "${String(value)}" is not a number`;
}

/** A typed date arrives as Excel's serial number; text must be YYYY-MM-DD. */
function readDate(value: CellValue): string | { error: string } {
  if (typeof value === "number" && Number.isInteger(value) && value > 0)
    return fromDayNumber(value - SERIAL_1970);
  const text = String(value).trim();
  return isCalendarDate(text) ? text : { error: `deadline "${text}" is not a date as YYYY-MM-DD` };
}

/**
 * The target as the officer corrected it: their kind, quantity, unit, baseline and deadline over what was
 * read (`read`, absent when the text could not be read), schema-checked. Kinds other than count, milestone
 * and ongoing are left to the register file.
 */
export function applyOverride(
  read: Target | undefined,
  cells: OverrideCells,
  announced: string,
): OverrideResult {
  const [kindCell, quantityCell, unitCell, baselineCell, deadlineCell] = cells;
  const kindText = blank(kindCell) ? (read?.kind ?? "") : String(kindCell).trim().toLowerCase();
  if (!(OVERRIDE_KINDS as readonly string[]).includes(kindText)) {
    return {
      ok: false,
      error: blank(kindCell)
        ? `give a kind (${OVERRIDE_KINDS.join(", ")}) to correct a ${read ? `${read.kind} ` : ""}reading`
        : `kind "${String(kindCell)}" is not one of ${OVERRIDE_KINDS.join(", ")}`,
    };
  }
  const kind = kindText as OverrideKind;
  const label = read?.label ? { label: read.label } : {};
  if (kind === "ongoing") return checked({ kind, ...label });

  const readDeadline = read && "deadline" in read ? read.deadline : undefined;
  let deadline = readDeadline;
  if (!blank(deadlineCell)) {
    const end = readDate(deadlineCell);
    if (typeof end !== "string") return { ok: false, error: end.error };
    deadline = { text: `by ${shortDate(end)}`, start: readDeadline?.start ?? announced, end };
  }
  if (!deadline) return { ok: false, error: `a ${kind} target needs a deadline` };
  if (kind === "milestone") return checked({ kind, ...label, deadline });

  const readCount = read?.kind === "count" ? read : undefined;
  const quantity = blank(quantityCell) ? readCount?.quantity : readNumber(quantityCell, "quantity");
  if (typeof quantity === "string") return { ok: false, error: quantity };
  if (quantity === undefined) return { ok: false, error: "a count target needs a quantity" };
  const readUnit = read && "unit" in read ? read.unit : undefined;
  const unit = blank(unitCell) ? readUnit : String(unitCell).trim();
  if (unit === undefined) return { ok: false, error: "a count target needs a unit" };
  const baseline = blank(baselineCell) ? readCount?.baseline : readNumber(baselineCell, "baseline");
  if (typeof baseline === "string") return { ok: false, error: baseline };
  return checked({
    kind,
    ...label,
    unit,
    quantity,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(readCount?.approximate ? { approximate: true } : {}),
    deadline,
  });
}

function checked(target: unknown): OverrideResult {
  const result = targetSchema.safeParse(target);
  if (result.success) return { ok: true, target: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { ok: false, error: `the corrected target is not valid (${where}${issue.message})` };
}
