/**
 * The self-check's findings and their plain-text form, for a support request. Pure: no Office.js.
 */

export type CapabilityOutcome = "pass" | "fail" | "not supported";

export interface CapabilityResult {
  capability: string;
  outcome: CapabilityOutcome;
  /** What was seen: the read-back on a pass, Excel's error on a fail. */
  detail: string;
}

export interface HostDescription {
  host: string;
  platform: string;
  officeVersion: string;
  /** e.g. "ExcelApi 1.17", "DialogApi 1.2": the highest supported version of each set asked about. */
  requirementSets: string[];
}

export interface SelfCheckReport {
  checkedAt: string;
  host: HostDescription;
  results: CapabilityResult[];
}

export function failures(report: SelfCheckReport): CapabilityResult[] {
  return report.results.filter((r) => r.outcome === "fail");
}

/** The report as plain text: one line per capability, then the host, for pasting into a support request. */
export function formatSelfCheckReport(report: SelfCheckReport): string {
  const count = (outcome: CapabilityOutcome) => report.results.filter((r) => r.outcome === outcome).length;
  const width = Math.max(...report.results.map((r) => r.capability.length));
  return [
    `KPI Tracker self-check, ${report.checkedAt}`,
    `Result: ${count("fail") === 0 ? "no failures" : `${count("fail")} FAILED`}; ` +
      `${count("pass")} passed, ${count("not supported")} not supported`,
    "",
    ...report.results.map(
      (r) => `${r.outcome.toUpperCase().padEnd(13)} ${r.capability.padEnd(width)}  ${r.detail}`,
    ),
    "",
    `Host: ${report.host.host}`,
    `Platform: ${report.host.platform}`,
    `Office version: ${report.host.officeVersion}`,
    `Requirement sets: ${report.host.requirementSets.join(", ") || "none reported"}`,
  ].join("\n");
}
