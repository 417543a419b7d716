import { quoteEntry } from "../progress/entry-text";
import { dayNumber, isCalendarDate } from "../calendar";
import { levelUnitSuffix, levelWords } from "./evaluators/level";
import type { Register, Target } from "../register/schema";
import { compileKpi, type CompiledKpi, type CompiledTarget, type EvaluableKpi } from "./compile";
import { parseEntry } from "./entry";
import { evaluateTarget } from "./evaluators/evaluate-target";
import type { PartInput, PartVerdict, RunContext } from "./part";
import { REPORTED_PHRASE_STATUS, proposePhrase, type ReportedStatusPhrase } from "./phrases";
import { flagConflicts } from "./conflicts";
import { flagRepeatedKpis } from "./repeated";
import { figure, remember, shortDate } from "./reasons";
import { STATUS_SEVERITY } from "./severity";
import type { KpiResult, ProgressEntry, ValidationOptions } from "./types";
import { DEFAULT_TOLERANCE, type Status } from "../vocabulary";

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
  return { asAt: options.asAt, asAtDay: dayNumber(options.asAt), tolerance };
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
  for (let i = 0; i < kpi.targets.length; i++) {
    partInput.actual = parsed.actuals[i];
    partInput.completedOnDay = parsed.completedOnDays[i];
    partInput.reportedPhrase = parsed.reportedPhrases[i];
    partInput.somethingReported = parsed.somethingReported;
    const part = evaluateTarget(kpi.targets[i], partInput, ctx);
    verdicts[i] = partInput.reportedPhrase === null ? part : reviewed(kpi, i, part, partInput.reportedPhrase);
  }

  const several = kpi.targets.length > 1;
  let reasons: string[] | null = null;
  let review: string[] | null = null;
  let status: Status = "not-reported";
  let worst = -1;
  for (let i = 0; i < verdicts.length; i++) {
    // An ongoing part with no reported phrase says nothing, so it is left out when the KPI has measurable parts.
    if (parsed.reportedPhrases[i] === null && kpi.hasMeasurable && kpi.targets[i].target.kind === "ongoing")
      continue;
    const part = verdicts[i];
    if (part.status === "needs-review") {
      const claim = contradiction(kpi.targets[i], part, parsed.reportedPhrases[i]!);
      const named = several ? namedReason(kpi.targets[i], claim) : claim;
      review = review === null ? [named] : review.concat(named);
    }
    const said = part.reason ?? (several ? plainVerdict(part.status, parsed.completedOnDays[i]) : null);
    if (said !== null && !(part.reason === null && part.status === "needs-review")) {
      const reason = several ? namedReason(kpi.targets[i], said) : said;
      if (reasons === null) reasons = [reason];
      else reasons.push(reason);
    }
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
    expectedText: expectedText(kpi, verdicts),
    proposedPhrase: proposePhrase(status),
    parts: verdicts,
  };
}

/** A part of a KPI with several targets that needs no explaining still says where it stands. */
function plainVerdict(status: Status, completedOnDay: number | null): string {
  if (status !== "completed") return status === "on-track" ? "on track" : status;
  return completedOnDay === null ? "completed" : `completed on ${shortDate(completedOnDay)}`;
}

/** "(2) public sessions: …", for KPIs with several targets. */
function namedReason(target: CompiledTarget, reason: string): string {
  return (
    target.namedReasons.get(reason) ?? remember(target.namedReasons, reason, `${target.name}: ${reason}`)
  );
}

/** A part reported "Task completed." that its figures or dates do not show completed needs review. */
function reviewed(
  kpi: CompiledKpi,
  index: number,
  part: PartVerdict,
  phrase: ReportedStatusPhrase,
): PartVerdict {
  const compiled = kpi.targets[index];
  if (REPORTED_PHRASE_STATUS[phrase] !== "completed") return part;
  if (part.status === "completed" || compiled.target.kind === "ongoing") return part;
  return { ...part, status: "needs-review" };
}

function contradiction(compiled: CompiledTarget, part: PartVerdict, phrase: string): string {
  const claim = `Reported status "${phrase}"`;
  if (compiled.target.kind === "milestone") return `${claim} but Completed on is empty`;
  if (part.actual === null) return `${claim} but Actual is empty`;
  return `${claim} but Actual ${figure(part.actual)} ${shortfall(compiled)}`;
}

function shortfall(compiled: CompiledTarget): string {
  const target: Target = compiled.target;
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
