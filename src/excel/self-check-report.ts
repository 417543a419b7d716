/**
 * The plain-text form of the self-check's findings, for a support request. Pure: no Office.js.
 */
import type { CapabilityOutcome, CapabilityResult, SelfCheckReport } from "../taskpane/workbook-actions";

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
