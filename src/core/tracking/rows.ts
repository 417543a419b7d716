import type { Department, Register } from "../register/schema";
import { kpiPlainText } from "../register/kpi-text";
import { describeTargets, finalDeadline } from "./describe";

/** The read-only, register-derived part of one tracking-table row, ready for display. */
export interface RegisterRow {
  id: string;
  area: string;
  measure: string;
  department: string;
  kpi: string;
  target: string;
  /** ISO date of the final deadline, or null where the KPI has none (ongoing, open-ended recurring). */
  deadline: string | null;
}

export interface RegisterRowOptions {
  /** Keep only KPIs that name at least one of these departments. */
  departments?: readonly Department[];
}

export function buildRegisterRows(register: Register, options: RegisterRowOptions = {}): RegisterRow[] {
  const wanted = options.departments && options.departments.length > 0 ? new Set(options.departments) : null;
  const rows: RegisterRow[] = [];
  for (const area of register.areas) {
    for (const measure of area.measures) {
      for (const kpi of measure.kpis) {
        if (wanted && !kpi.departments.some((department) => wanted.has(department))) continue;
        rows.push({
          id: kpi.id,
          area: `(${area.numeral}) ${area.title}`,
          measure: `(${measure.letter}) ${measure.title}`,
          department: kpi.departments.join(", "),
          kpi: kpiPlainText(kpi.text),
          target: describeTargets(kpi.targets),
          deadline: finalDeadline(kpi.targets),
        });
      }
    }
  }
  return rows;
}
