import { registerSchema, type Register } from "./schema";

export type RegisterLoadResult = { ok: true; register: Register } | { ok: false; errors: string[] };

type PathKey = PropertyKey;

function formatPath(path: ReadonlyArray<PathKey>): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(root: unknown, path: ReadonlyArray<PathKey>): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** "KPI 2023-E-1: targets[0].deadline.end: ..." inside a KPI; the register-level path otherwise. */
function locate(root: unknown, path: ReadonlyArray<PathKey>): string {
  const kpiAt = path.findIndex((key, i) => key === "kpis" && typeof path[i + 1] === "number");
  if (kpiAt === -1) return path.length === 0 ? "register" : formatPath(path);
  const kpiPath = path.slice(0, kpiAt + 2);
  const id = valueAt(root, [...kpiPath, "id"]);
  const who = typeof id === "string" && id.length > 0 ? `KPI ${id}` : `KPI at ${formatPath(kpiPath)}`;
  const rest = path.slice(kpiAt + 2);
  return rest.length === 0 ? who : `${who}: ${formatPath(rest)}`;
}

/** Checks the schema cannot express: ids unique, numbered 1..n per measure, figures pointing at a target. */
function crossCheck(register: Register): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  let unread = 0;
  for (const area of register.areas) {
    for (const measure of area.measures) {
      measure.kpis.forEach((kpi, index) => {
        const [year, letter, n] = kpi.id.split("-");
        if (seen.has(kpi.id)) errors.push(`KPI ${kpi.id}: id: duplicate id`);
        seen.add(kpi.id);
        if (Number(year) !== register.year)
          errors.push(`KPI ${kpi.id}: id: year ${year} is not the register's year ${register.year}`);
        if (letter !== measure.letter)
          errors.push(`KPI ${kpi.id}: id: letter ${letter} is not its measure's letter ${measure.letter}`);
        if (Number(n) !== index + 1)
          errors.push(
            `KPI ${kpi.id}: id: number ${n} should be ${index + 1} (its position under measure ${measure.letter})`,
          );
        if (kpi.needsReading) {
          unread++;
          if (kpi.targets.length !== 1 || kpi.targets[0].kind !== "ongoing")
            errors.push(
              `KPI ${kpi.id}: targets: a KPI that needs reading has one ongoing target, not a guess`,
            );
        }
        kpi.progress?.figures.forEach((figure, f) => {
          if (figure.targetIndex >= kpi.targets.length) {
            errors.push(
              `KPI ${kpi.id}: progress.figures[${f}].targetIndex: ${figure.targetIndex} is out of range (${kpi.targets.length} targets)`,
            );
          }
        });
      });
    }
  }
  if ((register.needsReading ?? 0) !== unread)
    errors.push(
      `needsReading: ${register.needsReading ?? 0} but ${unread} KPIs are marked as needing reading`,
    );
  return errors;
}

/** Validates a parsed register file; a file with any error is refused as a whole. */
export function loadRegister(json: unknown): RegisterLoadResult {
  const parsed = registerSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${locate(json, issue.path)}: ${issue.message}`),
    };
  }
  const errors = crossCheck(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, register: parsed.data };
}
