/**
 * The ribbon: its dialog page and the manifest's texts (name, description, group, buttons, tips). The
 * manifest cannot read the catalogue, so test/manifest-language.test.ts holds its texts equal to these.
 */
export const RIBBON_EN = {
  "ribbon.validateDidNotRun": "Validate did not run",
  "ribbon.dialog.title": "KPI Tracker",
  "ribbon.dialog.close": "Close",
  "ribbon.manifest.displayName": "KPI Tracker",
  "ribbon.manifest.description":
    "Track policy KPIs against their targets in an Excel register: load the KPI table, validate entries and statuses, and export annex-ready tables to Excel and Word.",
  "ribbon.manifest.getStartedTitle": "KPI Tracker is ready",
  "ribbon.manifest.getStartedDescription":
    "Open KPI Tracker from the Home tab to load your KPI register, validate it and export annex tables.",
  "ribbon.manifest.groupLabel": "KPI Tracker",
  "ribbon.manifest.paneButtonLabel": "KPI Tracker",
  "ribbon.manifest.paneButtonTip":
    "Open the KPI Tracker pane to load the KPI register, review statuses against targets and export annex tables.",
  "ribbon.manifest.validateButtonLabel": "Validate",
  "ribbon.manifest.validateButtonTip":
    "Check every KPI row in the register for missing or invalid entries and recompute statuses, without opening the pane.",
} as const;
