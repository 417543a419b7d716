import type { Department, KpiEntry, PaperProgress, Register, RichText, Target } from "./schema";

export { kpiPlainText } from "./kpi-text";

/** One KPI with the policy area and measure it sits under: the row other modules work with. */
export interface KpiRecord {
  id: string;
  year: number;
  area: { numeral: string; title: string };
  measure: { letter: string; title: string };
  departments: Department[];
  text: RichText;
  targets: Target[];
  handSet?: KpiEntry["handSet"];
  progress?: PaperProgress;
}

/** Every KPI of the register in print order. */
export function flattenRegister(register: Register): KpiRecord[] {
  return register.areas.flatMap((area) =>
    area.measures.flatMap((measure) =>
      measure.kpis.map((kpi) => ({
        id: kpi.id,
        year: register.year,
        area: { numeral: area.numeral, title: area.title },
        measure: { letter: measure.letter, title: measure.title },
        departments: kpi.departments,
        text: kpi.text,
        targets: kpi.targets,
        ...(kpi.handSet ? { handSet: kpi.handSet } : {}),
        ...(kpi.progress ? { progress: kpi.progress } : {}),
      })),
    ),
  );
}
