import { DEPARTMENTS, type Department } from "../vocabulary";

/**
 * How the paper names each body in KPI text. A youth group named after its department
 * ("Junior Police Call", "Customs YES", "FAST Connect") names that department.
 */
const MENTIONS: Readonly<Record<Department, RegExp>> = {
  SB: /\bSB\b|Security Bureau/,
  HKPF: /\bHKPF\b|Hong Kong Police Force|\bthe Police\b|Junior Police Call/,
  FSD: /\bFSD\b|Fire Services Department|Fire & Ambulance Services Teen Connect/,
  CSD: /\bCSD\b|Correctional Services Department/,
  ImmD: /\bImmD\b|Immigration Department/,
  "C&ED": /C&ED|Customs and Excise Department|Customs YES|Customs Youth Leaders Corps/,
  GFS: /Government Flying Service/,
  TCAB: /\bTCAB\b|Torture Claims Appeal Board/,
};

/** The departments a KPI's text names, in order of first mention; SB (the bureau) when it names none. */
export function departmentsNamedIn(text: string): Department[] {
  const found = DEPARTMENTS.map((department) => ({ department, at: text.search(MENTIONS[department]) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((hit) => hit.department);
  return found.length > 0 ? found : ["SB"];
}
