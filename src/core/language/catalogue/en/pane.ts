/**
 * The task pane's own words: its header, steps, Load, Validate, results, legend, protect and sort, and
 * what it says where Excel is too old. The pane's first download carries this area only; the rest of the
 * catalogue comes with the steps (src/taskpane/language/load-catalogue.ts).
 */
export const PANE_EN = {
  "pane.title": "KPI Tracker",
  "pane.language.label": "Language / 語言",
  "pane.notInExcel.title": "Open this in Excel",
  "pane.notInExcel.text":
    "KPI Tracker is an Excel add-in. Open it from the Home tab in Excel to load and validate KPIs.",
  "pane.steps.label": "Steps of the year",
  "pane.step.register": "Register",
  "pane.step.progress": "Progress",
  "pane.step.returns": "Returns",
  "pane.step.annex": "Annex",
  "pane.step.check": "Check",
  "pane.step.opening": "Opening the step…",
  "pane.step.finding": "Looking for a KPI table in this workbook…",
  "pane.empty.noTable": "Load a register first: go to Register and press Load register.",
  "pane.empty.progress": "Check the as-at date and press Validate to see which KPIs need attention.",
  "pane.failure.unknown": "Something went wrong.",

  "pane.load.heading": "Load a register",
  "pane.load.source": "Register to load",
  "pane.load.import": "Import a register file (JSON)…",
  "pane.load.file": "Register file",
  "pane.load.fileHint": "A register JSON file. It is checked before anything is written.",
  "pane.load.departments": "Departments (none ticked: all)",
  "pane.load.button": "Load register",
  "pane.load.busy": "Loading…",
  "pane.load.failed": "Load failed",
  "pane.load.refusedTitle": "Register refused",
  "pane.load.refusedText":
    "The file does not match the register format, so nothing was written. Fix these and try again:",
  "pane.load.theFile": "The file",
  "pane.load.fileTooLarge": "{file} is {size} MB; a register file may be at most {limit} MB",
  "pane.load.notJson": "{file} is not a JSON file: {detail}",
  "pane.load.refusedMore": "…and {count} more",
  "pane.load.loadedTitle": 'Loaded "{sheet}"',
  "pane.load.loadedText": "{rows} rows: {kept} kept with their entries, {added} new.",
  "pane.load.retired": "{retired} no longer in the register, kept with their entries and marked.",
  "pane.load.renumbered":
    "The register gives {ids} to different KPIs: the earlier rows are kept with their entries (see Reason); move the entries that still apply.",
  "pane.load.workbookRegister": "KPIs {year} (kept in this workbook)",
  "pane.load.workbookRegisterFromList": "KPIs {year} (from your KPI list, kept in this workbook)",

  "pane.validate.heading": "Validate",
  "pane.validate.asAt": "As at",
  "pane.validate.asAtHint":
    "Progress is judged as at this date. Type it, e.g. 30 September 2024 or 30/9/2024.",
  "pane.validate.asAtInvalid":
    "“{entry}” is not a real date. Write e.g. 30 September 2024, 30/9/2024 or 2024-09-30. The as-at date stays {date}.",
  "pane.validate.pick": "Pick the as-at date",
  "pane.validate.pickDay": "Day",
  "pane.validate.pickMonth": "Month",
  "pane.validate.pickYear": "Year",
  "pane.validate.pickUse": "Use this date",
  "pane.validate.tolerance": "Tolerance (%)",
  "pane.validate.toleranceHint": "How far behind a KPI may be before it is off track.",
  "pane.validate.button": "Validate",
  "pane.validate.busy": "Validating…",
  "pane.validate.failed": "Validate failed",

  "pane.results.heading": "Results",
  "pane.results.summary": "{total} KPIs on “{sheet}” as at {date}: {flagged} flagged, {completed} completed.",
  "pane.results.outdated":
    "Checked as you typed, without touching the sheet so that Undo still has your edits. The sheet’s Expected, Status and Reason columns and row colours change when you press Validate.",
  "pane.results.perDepartment": "KPIs per department",
  "pane.results.department": "Department",
  "pane.results.kpis": "KPIs",
  "pane.results.flagged": "Flagged",
  "pane.results.done": "Done",
  "pane.results.flaggedHeading": "Flagged rows ({count})",
  "pane.results.noneFlagged": "No row is flagged.",
  "pane.select.busy": "Going to {kpi}…",
  "pane.select.failed": "Could not select {kpi}",

  "pane.legend.statuses": "Statuses",
  "pane.legend.rowColours": "Row colours",
  "pane.legend.count": "{count} {status}",
  "pane.legend.invalid": "Entry not understood or unknown KPI",
  "pane.legend.needs-review": "Reported status contradicts the figures",
  "pane.legend.completed": "Every target met",
  "pane.legend.overdue": "Deadline passed, target not met",
  "pane.legend.off-track": "Behind expected progress",
  "pane.legend.on-track": "On track",
  "pane.legend.not-reported": "Nothing entered yet",

  "pane.protect.on": 'Protect "{sheet}": only entry cells editable',
  "pane.protect.none": "Protect sheet (select a KPIs sheet first)",
  "pane.protect.note": "Protecting or unprotecting clears Excel's Undo list.",
  "pane.protect.busyOn": "Protecting…",
  "pane.protect.busyOff": "Unprotecting…",
  "pane.protect.failedOn": "Could not protect the sheet",
  "pane.protect.failedOff": "Could not unprotect the sheet",

  "pane.sort.button": "Sort: worst status first",
  "pane.sort.note":
    "By status (worst first), then department, deadline and ID. Excel cannot sort this table on a protected sheet (it holds locked cells), so the add-in lifts its own protection, sorts and protects again: Excel then clears its Undo list. Filtering works on the protected sheet as usual.",
  "pane.sort.busy": "Sorting…",
  "pane.sort.failed": "Could not sort",
  "pane.sort.doneTitle": 'Sorted "{sheet}"',
  "pane.sort.doneText": "{rows} rows, worst status first, then department, deadline and ID.",
  "pane.sort.doneLifted":
    "{rows} rows, worst status first, then department, deadline and ID. The protection was lifted for the sort and put back, so Excel's Undo list was cleared.",
  "unsupported.title": "Excel needs an update",
  "unsupported.text":
    "This version of Excel is too old for KPI Tracker. It needs Excel from Microsoft 365 (Version 2102 or later), Office 2021 or later, Excel for Mac 16.50 or later, or Excel on the web.",
  "unsupported.missing": "(Excel JavaScript API {version} is missing.)",
  "pane.catalogue.failed": "The pane's words could not be fetched. Close the pane and open it again.",
} as const;
