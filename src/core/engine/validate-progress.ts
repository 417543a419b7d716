import { quoteEntry } from "../progress/entry-text";
import { dayNumber, isCalendarDate } from "../calendar";
import { levelUnitSuffix, levelWords } from "./evaluators/level";
import type { Register } from "../register/schema";
import { compileKpi, type EvaluableKpi } from "./compile";
import type { CompiledKpi, CompiledTarget } from "./compiled-target";
import { parseEntry } from "./entry";
import { evaluateTarget } from "./evaluators/evaluate-target";
import type { PartInput, PartVerdict, RunContext } from "./part";
import { REPORTED_PHRASE_STATUS, proposePhrase, type ReportedStatusPhrase } from "./phrases";
import { flagConflicts } from "./conflicts";
import { flagRepeatedKpis } from "./repeated";
import { figure, keptShortDate, remember } from "./reasons";
import { createRunCache, kpiMemo, type KpiMemo, type TargetMemo } from "./run-cache";
import { STATUS_SEVERITY } from "./severity";
import type { KpiResult, ProgressEntry, ValidationOptions } from "./types";
import { DEFAULT_TOLERANCE, type Status } from "../vocabulary";

/** A register's KPIs by id, compiled. */
export type RegisterIndex = ReadonlyMap<string, CompiledKpi>;

export function indexRegister(register: Register): RegisterIndex {
  const index = new Map<string, CompiledKpi>();
  for (const area of register.areas) {
    for (const measure of area.measures) {
      for (const kpi of measure.kpis) index.set(kpi.id, compileKpi(kpi));
    }
  }
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
  return { asAt: options.asAt, asAtDay: dayNumber(options.asAt), tolerance, cache: createRunCache() };
}

/** Validates every entry against the register; results come back in entry order. */
export function validateProgress(
  register: Register,
  entries: readonly ProgressEntry[],
  options: ValidationOptions,
): KpiResult[] {
  const index = indexRegister(register);
  const ctx = runContext(options);
  // Stryker disable next-line ArrayDeclaration: equivalent, the length only presizes; the loop assigns every index.
  const results = new Array<KpiResult>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const kpi = index.get(entry.kpiId.trim());
    results[i] = kpi === undefined ? unknownKpi(entry, register) : evaluateEntry(kpi, entry, ctx);
  }
  return results;
}

/** Validates one KPI's entry (a register KPI entry or a flattened KpiRecord). */
export function validateKpi(kpi: EvaluableKpi, entry: ProgressEntry, options: ValidationOptions): KpiResult {
  return evaluateEntry(compileKpi(kpi), entry, runContext(options));
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

function evaluateEntry(kpi: CompiledKpi, entry: ProgressEntry, ctx: RunContext): KpiResult {
  const memo = kpiMemo(ctx.cache, kpi);
  const parsed = parseEntry(kpi, memo, entry, ctx);
  // Stryker disable next-line ArrayDeclaration: equivalent, the length only presizes; the loop assigns every index.
  const verdicts: PartVerdict[] = new Array<PartVerdict>(kpi.targets.length);
  // What the entry says to each target in turn; evaluators read it and keep nothing, so one object serves.
  const input: PartInput = {
    actual: null,
    completedOnDay: null,
    reportedPhrase: null,
    somethingReported: parsed.somethingReported,
  };
  for (let i = 0; i < kpi.targets.length; i++) {
    input.actual = parsed.actuals[i];
    input.completedOnDay = parsed.completedOnDays[i];
    input.reportedPhrase = parsed.reportedPhrases[i];
    const part = evaluateTarget(kpi.targets[i], input, ctx, memo.targets[i]);
    verdicts[i] = input.reportedPhrase === null ? part : reviewed(kpi.targets[i], part, input.reportedPhrase);
  }

  const several = kpi.targets.length > 1;
  let reasons: string[] | null = null;
  let review: string[] | null = null;
  let status: Status = "not-reported";
  let worst = -1;
  for (let i = 0; i < verdicts.length; i++) {
    // An ongoing part with no reported phrase says nothing, so it is left out when the KPI has measurable parts.
    const phrase = parsed.reportedPhrases[i];
    if (phrase === null && kpi.hasMeasurable && kpi.targets[i].kind === "ongoing") continue;
    const part = verdicts[i];
    // Only a reported phrase makes a part need review (see reviewed).
    if (part.status === "needs-review" && phrase !== null) {
      const claim = contradiction(kpi.targets[i], part, phrase);
      const named = several ? namedReason(kpi.targets[i], memo.targets[i], claim) : claim;
      review = review === null ? [named] : review.concat(named);
    }
    const said = part.reason ?? (several ? plainVerdict(part.status, parsed.completedOnDays[i], ctx) : null);
    if (said !== null && !(part.reason === null && part.status === "needs-review")) {
      const reason = several ? namedReason(kpi.targets[i], memo.targets[i], said) : said;
      if (reasons === null) reasons = [reason];
      else reasons.push(reason);
    }
    // Stryker disable next-line EqualityOperator: equivalent as >=, no two statuses share a severity, so a tie keeps the same status (this also turns off the <= mutant, which the tests kill).
    if (STATUS_SEVERITY[part.status] > worst) {
      worst = STATUS_SEVERITY[part.status];
      status = part.status;
    }
  }
  if (review !== null) reasons = reasons === null ? review : review.concat(reasons);
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
    expectedText: expectedText(kpi, memo, verdicts),
    proposedPhrase: proposePhrase(status),
    parts: verdicts,
  };
}

/** A part of a KPI with several targets that needs no explaining still says where it stands. */
function plainVerdict(status: Status, completedOnDay: number | null, ctx: RunContext): string {
  if (status !== "completed") return status === "on-track" ? "on track" : status;
  return completedOnDay === null ? "completed" : `completed on ${keptShortDate(completedOnDay, ctx.cache)}`;
}

/** "(2) public sessions: …", for KPIs with several targets. */
function namedReason(target: CompiledTarget, memo: TargetMemo, reason: string): string {
  return memo.namedReasons.get(reason) ?? remember(memo.namedReasons, reason, `${target.name}: ${reason}`);
}

/** A part reported "Task completed." that its figures or dates do not show completed needs review. */
function reviewed(compiled: CompiledTarget, part: PartVerdict, phrase: ReportedStatusPhrase): PartVerdict {
  if (REPORTED_PHRASE_STATUS[phrase] !== "completed") return part;
  if (part.status === "completed" || compiled.kind === "ongoing") return part;
  return { ...part, status: "needs-review" };
}

function contradiction(compiled: CompiledTarget, part: PartVerdict, phrase: string): string {
  const claim = `Reported status "${phrase}"`;
  if (compiled.kind === "milestone") return `${claim} but Completed on is empty`;
  if (part.actual === null) return `${claim} but Actual is empty`;
  return `${claim} but Actual ${figure(part.actual)} ${shortfall(compiled)}`;
}

function shortfall(compiled: CompiledTarget): string {
  const target = compiled.target;
  switch (target.kind) {
    case "reduction":
      return `is above the target of ${figure(target.to)} ${target.unit}`;
    case "percentage-change":
      return `is ${target.strict ? "not above" : "below"} the target of ${figure(target.percent)}%`;
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
function expectedText(kpi: CompiledKpi, memo: KpiMemo, verdicts: PartVerdict[]): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the loop below compares every part text anyway (an unset one is undefined), and a rebuilt text is the same text.
  let same = memo.expectedParts.length === verdicts.length;
  for (let i = 0; same && i < verdicts.length; i++) same = verdicts[i].expectedText === memo.expectedParts[i];
  if (same) return memo.expectedText;
  memo.expectedParts = verdicts.map((v) => v.expectedText);
  memo.expectedText = buildExpectedText(kpi, verdicts);
  return memo.expectedText;
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
    texts.push(kpi.targets[i].kind === "percentage-change" ? `${text}%` : text);
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
