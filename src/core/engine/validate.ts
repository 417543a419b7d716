import { quoteEntry } from "../progress/text";
import { dayNumber, isCalendarDate } from "../calendar";
import { levelUnitSuffix, levelWords } from "./evaluators/level";
import type { Register, Target } from "../register/schema";
import { compileKpi, type CompiledKpi, type CompiledTarget, type EvaluableKpi } from "./compile";
import { parseEntry } from "./entry";
import { evaluateTarget } from "./evaluators/evaluate-target";
import type { PartInput, PartVerdict, RunContext } from "./part";
import { REPORTED_PHRASE_STATUS, proposePhrase } from "./phrases";
import { flagConflicts } from "./conflicts";
import { flagRepeatedKpis } from "./repeated";
import { figure, remember } from "./reasons";
import { STATUS_SEVERITY } from "./severity";
import type { Status } from "./status";
import type { KpiResult, ProgressEntry, ValidationOptions } from "./types";

export const DEFAULT_TOLERANCE = 0.1;

/** A register's KPIs by id, compiled once. */
export type RegisterIndex = ReadonlyMap<string, CompiledKpi>;

const registerIndexes = new WeakMap<Register, RegisterIndex>();
const compiledKpis = new WeakMap<EvaluableKpi, CompiledKpi>();

export function indexRegister(register: Register): RegisterIndex {
  const cached = registerIndexes.get(register);
  if (cached) return cached;
  const index = new Map<string, CompiledKpi>();
  for (const area of register.areas) {
    for (const measure of area.measures) {
      for (const kpi of measure.kpis) index.set(kpi.id, compileKpi(kpi));
    }
  }
  registerIndexes.set(register, index);
  return index;
}

/** Checks the options once per run; a bad as-at date or tolerance is a programming error, not an entry error. */
export function runContext(options: ValidationOptions): RunContext {
  if (!isCalendarDate(options.asAt))
    throw new RangeError(`as-at date "${options.asAt}" is not a YYYY-MM-DD date`);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 1) {
    throw new RangeError(`tolerance ${tolerance} must be between 0 and 1`);
  }
  return { asAt: options.asAt, asAtDay: dayNumber(options.asAt), tolerance, periods: new Map() };
}

/** Validates every entry against the register; results come back in entry order. */
export function validateProgress(
  register: Register,
  entries: readonly ProgressEntry[],
  options: ValidationOptions,
): KpiResult[] {
  const index = indexRegister(register);
  const ctx = runContext(options);
  const results = new Array<KpiResult>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const kpi = index.get(trimmedId(entry.kpiId));
    results[i] = kpi === undefined ? unknownKpi(entry, register) : evaluateEntry(kpi, entry, ctx);
  }
  return results;
}

/** Validates one KPI's entry (a register KPI entry or a flattened KpiRecord). */
export function validateKpi(kpi: EvaluableKpi, entry: ProgressEntry, options: ValidationOptions): KpiResult {
  let compiled = compiledKpis.get(kpi);
  if (compiled === undefined) {
    compiled = compileKpi(kpi);
    compiledKpis.set(kpi, compiled);
  }
  return evaluateEntry(compiled, entry, runContext(options));
}

/** The id as typed is almost always already trimmed; trimming copies it, so only do it when needed. */
function trimmedId(id: string): string {
  const length = id.length;
  if (length > 0 && id.charCodeAt(0) > 32 && id.charCodeAt(0) < 127) {
    const last = id.charCodeAt(length - 1);
    if (last > 32 && last < 127) return id;
  }
  return id.trim();
}

function unknownKpi(entry: ProgressEntry, register: Register): KpiResult {
  const id = entry.kpiId.trim();
  const reason =
    id === ""
      ? "KPI ID: empty — copy the ID from the register, e.g. 2023-E-1"
      : `KPI ID: ${quoteEntry(id)} is not in the register (${register.year} KPIs)`;
  return {
    kpiId: entry.kpiId,
    status: "invalid",
    reasons: [reason],
    expected: null,
    actual: null,
    expectedText: "",
    proposedPhrase: proposePhrase("invalid"),
    parts: [],
  };
}

/** Results without reasons share this array rather than each holding an empty one. */
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

/** What the entry says to each target in turn; evaluators read it and keep nothing, so one object serves. */
const partInput: PartInput = {
  actual: null,
  completedOnDay: null,
  reportedPhrase: null,
  somethingReported: false,
};

function evaluateEntry(kpi: CompiledKpi, entry: ProgressEntry, ctx: RunContext): KpiResult {
  const parsed = parseEntry(kpi, entry, ctx);
  const verdicts: PartVerdict[] = new Array<PartVerdict>(kpi.targets.length);
  let numericPosition = 0;
  for (let i = 0; i < kpi.targets.length; i++) {
    const target = kpi.targets[i];
    const isNumeric = numericPosition < kpi.numeric.length && kpi.numeric[numericPosition] === target;
    partInput.actual = isNumeric ? parsed.actuals[numericPosition++] : null;
    partInput.completedOnDay = parsed.completedOnDay;
    partInput.reportedPhrase = parsed.reportedPhrase;
    partInput.somethingReported = parsed.somethingReported;
    verdicts[i] = evaluateTarget(target, partInput, ctx);
  }

  const several = kpi.targets.length > 1;
  // An ongoing part with no reported phrase says nothing, so it is left out when the KPI has measurable parts.
  const skipSilentOngoing = parsed.reportedPhrase === null && kpi.hasMeasurable;
  let reasons: string[] | null = null;
  let status: Status = "not-reported";
  let worst = -1;
  for (let i = 0; i < verdicts.length; i++) {
    if (skipSilentOngoing && kpi.targets[i].target.kind === "ongoing") continue;
    const part = verdicts[i];
    if (part.reason !== null) {
      const reason = several ? namedReason(kpi.targets[i], part.reason) : part.reason;
      if (reasons === null) reasons = [reason];
      else reasons.push(reason);
    }
    if (STATUS_SEVERITY[part.status] > worst) {
      worst = STATUS_SEVERITY[part.status];
      status = part.status;
    }
  }
  if (parsed.reportedPhrase !== null && REPORTED_PHRASE_STATUS[parsed.reportedPhrase] === "completed") {
    const review = contradictions(kpi, verdicts, parsed.reportedPhrase);
    if (review.length > 0) {
      status = "needs-review";
      reasons = reasons === null ? review : review.concat(reasons);
    }
  }
  if (parsed.errors !== null) {
    status = "invalid";
    reasons = parsed.errors;
  }

  const single = kpi.numeric.length === 1 ? verdicts[kpi.numeric[0].index] : null;
  return {
    kpiId: entry.kpiId,
    status,
    reasons: reasons ?? NO_REASONS,
    expected: single?.expected ?? null,
    actual: single?.actual ?? null,
    expectedText: expectedText(kpi, verdicts),
    proposedPhrase: proposePhrase(status),
    parts: verdicts,
  };
}

/** "tertiary: Actual not entered; ...", for KPIs with several targets. */
function namedReason(target: CompiledTarget, reason: string): string {
  return (
    target.namedReasons.get(reason) ?? remember(target.namedReasons, reason, `${target.name}: ${reason}`)
  );
}

/** "Task completed." reported while a measurable part is not done. */
function contradictions(kpi: CompiledKpi, verdicts: PartVerdict[], phrase: string): string[] {
  const claim = `Reported status "${phrase}"`;
  const several = kpi.targets.length > 1;
  const found: string[] = [];
  for (const compiled of kpi.targets) {
    const verdict = verdicts[compiled.index];
    if (compiled.target.kind === "ongoing" || verdict.status === "completed") continue;
    const of = several ? ` (${compiled.name})` : "";
    if (compiled.target.kind === "milestone") {
      found.push(`${claim} but Completed on${of} is empty`);
    } else if (verdict.actual === null) {
      found.push(`${claim} but Actual${of} is empty`);
    } else {
      found.push(`${claim} but Actual${of} ${figure(verdict.actual)} ${shortfall(compiled)}`);
    }
  }
  return found;
}

function shortfall(compiled: CompiledTarget): string {
  const target: Target = compiled.target;
  switch (target.kind) {
    case "reduction":
      return `is above the target of ${figure(target.to)} ${target.unit}`;
    case "percentage-change":
      return `is below the target of ${figure(target.percent)}%`;
    case "staged":
      return `is below the final target of ${figure(target.stages[target.stages.length - 1].quantity)} ${target.unit}`;
    case "level":
      return `is not ${levelWords(target)}${levelUnitSuffix(target)}`;
    case "count":
    case "recurring":
      return `is below the target of ${figure(target.quantity)} ${target.unit}`;
    case "milestone":
    case "ongoing":
      return "is not a completion";
  }
}

/** The Expected column; rows of one KPI mostly share their part texts, so the last text is reused. */
function expectedText(kpi: CompiledKpi, verdicts: PartVerdict[]): string {
  const memo = kpi.expectedMemo;
  let same = memo.parts.length === verdicts.length;
  for (let i = 0; same && i < verdicts.length; i++) same = verdicts[i].expectedText === memo.parts[i];
  if (same) return memo.text;
  memo.parts = verdicts.map((v) => v.expectedText);
  memo.text = buildExpectedText(kpi, verdicts);
  return memo.text;
}

function buildExpectedText(kpi: CompiledKpi, verdicts: PartVerdict[]): string {
  if (kpi.targets.length === 1) {
    const target = kpi.targets[0].target;
    const text = verdicts[0].expectedText;
    if (text === "" || target.kind === "milestone" || target.kind === "ongoing") return text;
    if (target.kind === "level") return `${text}${levelUnitSuffix(target)}`;
    return target.kind === "percentage-change" ? `${text}%` : `${text} ${target.unit}`;
  }
  const texts: string[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    const text = verdicts[i].expectedText;
    if (text === "") continue;
    texts.push(kpi.targets[i].target.kind === "percentage-change" ? `${text}%` : text);
  }
  return texts.join("; ");
}

/** A whole tracking table or progress file: every row judged, and a KPI's second row flagged. */
export function validateTable(
  register: Register,
  entries: readonly ProgressEntry[],
  options: ValidationOptions,
): KpiResult[] {
  return flagConflicts(entries, flagRepeatedKpis(entries, validateProgress(register, entries, options)));
}
