/**
 * The command line's messages for a person: help, errors, warnings and summaries. Machine output (JSON,
 * CSV, the files written) is never translated. `kpi-tracker <command>: ` is not a message: it prefixes
 * every line the same way in both languages.
 */
export const CLI_EN = {
  "cli.usage": `Usage: kpi-tracker <command> [options]

Commands:
{commands}

Options for every command:
  --lang en|zh-HK  the language to write in (default: KPI_TRACKER_LANG, else LC_ALL or LANG; zh… is
                   Chinese, anything else English)

Run \`kpi-tracker <command> --help\` for a command's options.
`,
  "cli.summary.validate": "check progress entries (CSV or xlsx) against the register as at a date",
  "cli.summary.annex": "write the progress annex from a register and progress entries",
  "cli.summary.register":
    "turn a KPI list (CSV, xlsx or Word annex) into a register, reading targets and deadlines",
  "cli.summary.workbook": "write the tracking workbook (xlsx) for a register",
  "cli.summary.consolidate": "merge department returns (xlsx or CSV) into one tracking workbook",
  "cli.summary.history": "list the KPIs whose status changed between a workbook's last two validations",
  "cli.error.unknownFlag": "unknown flag {flag}; run kpi-tracker --help",
  "cli.error.unknownCommandFlag": "unknown flag {flag}; see kpi-tracker {command} --help",
  "cli.error.needsValue": "{flag} needs a value",
  "cli.error.unknownCommand": 'unknown command "{name}"',
  "cli.error.notLoaded": "the {name} command could not be loaded ({reason})",
  "cli.error.unknownLanguage":
    '--lang "{value}" is not a language the tool speaks; use en (English) or zh-HK (繁體中文)',
  "cli.error.outRequired": "--out is required",
  "cli.error.outXlsx": '--out must end in .xlsx, got "{out}"',
  "cli.error.asAtFormat": '--as-at must be a date as YYYY-MM-DD, got "{value}"',
  "cli.error.format": '--format "{value}" must be table or json',
  "cli.error.tolerance": '--tolerance "{value}" must be a number from 0 to 1, e.g. 0.1',
  "cli.file.missing": "{path}: no such file",
  "cli.file.unreadable": "{path}: cannot read ({reason})",
  "cli.file.problem": "{path}: {problem}",
  "cli.file.notProgress": "{path}: expected a .csv or .xlsx file",
  "cli.register.missing": "register {path}: no such file",
  "cli.register.unreadable": "register {path}: cannot read ({reason})",
  "cli.register.tooLarge": "register {problem}",
  "cli.register.notJson": "register {path}: not valid JSON ({reason})",
  "cli.register.invalid": "register {path} is not a valid register: {problems}",
  "cli.list.andMore": "{shown} (and {count} more)",
  "cli.out.cannotCheck": "--out {path}: cannot check it ({reason})",
  "cli.out.noFolder": "--out {path}: the folder {folder} does not exist",
  "cli.out.notFolder": "--out {path}: {folder} is not a folder",
  "cli.out.isFolder": "--out {path} is a folder; give a file name",
  "cli.out.isInput":
    "--out {path} is also an input of this command; write to another file (--force never replaces an input)",
  "cli.out.exists": "--out {path} already exists; choose another name or add --force to replace it",
  "cli.out.cannotWrite": "--out {path}: cannot write it ({reason})",
  "cli.warning": "kpi-tracker {command}: warning: {path}: {text}",
  "cli.note": "kpi-tracker {command}: note: {path}: {text}",
  "cli.warning.rowNotUsed": "row {row} is not used: {reason}",
  "cli.warning.rowNotUsedFirst": "row {row} is not used: {reason} (first on row {first})",
  "cli.validate.usage": `Usage: kpi-tracker validate <progress.csv|progress.xlsx> --as-at YYYY-MM-DD [options]

Checks every progress entry against the register and prints each KPI's status and the reasons.
With --write, the file is a tracking workbook: Expected, Status and Reason are written into its KPI
table and the validation is appended to its "KPI history" sheet; nothing else in it changes.

Options:
  --as-at YYYY-MM-DD   the date the progress is reported as at (required)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --tolerance SHARE    how far behind expected progress a KPI may be, as a share of the distance
                       from baseline to target (default {tolerance})
  --format table|json  output format (default: table)
  --write              write the results into the tracking workbook (.xlsx) and its history
  --lang en|zh-HK      the language of these messages (default: from the environment)
  -h, --help           show this help

Exit status: 0 when the check ran (whatever the statuses), 2 on unreadable input or a bad option.
`,
  "cli.validate.noFile": "give one progress file (.csv or .xlsx)",
  "cli.validate.tooManyFiles": "give one progress file, not {count}",
  "cli.validate.asAtRequired": "--as-at YYYY-MM-DD is required",
  "cli.validate.asAtNotDate": '--as-at "{value}" is not a real date as YYYY-MM-DD',
  "cli.validate.writeNeedsXlsx": '--write needs a tracking workbook (.xlsx), not "{file}"',
  "cli.validate.writeCannotKeep":
    "{path} holds {parts}, which --write cannot keep; validate it in Excel instead",
  "cli.validate.header.id": "ID",
  "cli.validate.header.status": "Status",
  "cli.validate.header.expected": "Expected",
  "cli.validate.header.actual": "Actual",
  "cli.validate.header.reason": "Reason",
  "cli.validate.total": "total",
  "cli.annex.usage": `Usage: kpi-tracker annex [progress.csv|progress.xlsx] --out FILE [options]

Writes the annex table: a KPI list (Measures | KPIs) or a progress report (with Latest Progress).

Options:
  --out FILE           annex.docx (Word, bold figures), annex.xlsx or annex.html (required)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --as-at YYYY-MM-DD   date of the Latest Progress column (required with a progress file, unless
                       the register carries the paper's own progress date)
  --layout L           kpi-list or progress-report (default: progress-report when there is a
                       progress file or the register has the paper's progress, else kpi-list)
  --tolerance SHARE    passed to the status check (default {tolerance})
  --lang en|zh-HK      the language to write in: the annex and these messages (default: from the
                       environment)
  --force              replace --out if it exists (never one of the input files)
  -h, --help           show this help

Exit status: 0 when the annex was written, 2 on unreadable input or a bad option.
`,
  "cli.annex.tooManyFiles": "one progress file at most, got {count}",
  "cli.annex.outType": '--out must end in .docx, .xlsx or .html, got "{out}"',
  "cli.annex.layout": '--layout must be kpi-list or progress-report, got "{value}"',
  "cli.annex.asAtRequired": "--as-at is required for a progress report (the register has no progress date)",
  "cli.annex.wroteList": "Wrote {out}: {layout}, {count} KPIs",
  "cli.annex.wroteReport": "Wrote {out}: {layout}, {count} KPIs, as at {asAt}",
  "cli.workbook.usage": `Usage: kpi-tracker workbook --out tracker.xlsx [options]

Writes the tracking workbook the add-in builds, ready to send to a department and to read back
with \`kpi-tracker validate\`.

Options:
  --out FILE           the .xlsx to write (required)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --department D       only KPIs naming this department; repeat or separate with commas
  --as-at YYYY-MM-DD   fills the As at cell (default: blank)
  --lang en|zh-HK      the language of these messages (default: from the environment)
  --force              replace --out if it exists (never the register file)
  -h, --help           show this help

Exit status: 0 when the workbook was written, 2 on unreadable input or a bad option.
`,
  "cli.workbook.unknownDepartment": 'unknown department "{department}"; expected one of {departments}',
  "cli.workbook.unexpected":
    'unexpected argument "{argument}"; workbook takes options only (see kpi-tracker workbook --help)',
  "cli.workbook.wrote": 'Wrote {out}: sheet "{sheet}"',
  "cli.consolidate.usage": `Usage: kpi-tracker consolidate <return.csv|return.xlsx>... --out tracker.xlsx [options]

Merges department returns (their tracking workbooks sent back, or CSVs in the progress format) into one
tracking workbook by KPI ID. A return's entries replace the table's for the KPIs it returns (the values
replaced go to the "KPI history" sheet), and the Source column says which return and when. Returns that
disagree on a KPI write nothing to it: its Source names both, and validate marks it needs-review. A KPI
outside a return's department, or not in the register, is refused for that row; the rest is merged.

Options:
  --out FILE           the merged .xlsx to write (required)
  --into FILE          start from this tracking workbook, keeping its entries except where a return
                       updates them (default: a new workbook for the whole register)
  --register FILE      register JSON (default: seeds/kpis-2023.json)
  --format table|json  summary format (default: table)
  --lang en|zh-HK      the language of these messages (default: from the environment)
  --force              replace --out if it exists (never an input)
  -h, --help           show this help

A return's department is the one its workbook was written for (workbook --department), else the one
department code in its file name (FSD.csv); otherwise no department check is made.
Exit status: 0 when the workbook was written, 2 on unreadable input or a bad option.
`,
  "cli.consolidate.noReturns": "give at least one return (.csv or .xlsx)",
  "cli.consolidate.intoType": '--into must be a tracking workbook (.xlsx), got "{into}"',
  "cli.consolidate.nothingWritten": "{problems}; nothing was written",
  "cli.consolidate.intoCannotKeep":
    "--into {into} holds {parts}, which this command cannot write back; collect the returns in Excel instead",
  "cli.consolidate.intoProblem": "--into {into}: {problem}",
  "cli.consolidate.noSourceColumn":
    'the KPI table has no Source column (made by an earlier version); run "kpi-tracker workbook" for a new workbook, or load the register again in Excel, then consolidate into it',
  "cli.consolidate.wrote":
    "Wrote {out}: {merged} merged, {unchanged} unchanged, {conflicts} in conflict, {refused} refused",
  "cli.consolidate.inConflict": "In conflict (nothing written; validate marks them needs-review):",
  "cli.consolidate.conflictValue":
    "{source}: Actual {actual}, Completed on {completedOn}, Reported status {reportedStatus}",
  "cli.consolidate.refused": "Refused:",
  "cli.history.usage": `Usage: kpi-tracker history tracker.xlsx [--format table|json]

Lists the KPIs whose status changed between the workbook's last two validations (its "{sheet}"
sheet, which validate --write and the add-in's Validate append to), worst status first, with the status
before and after and both as-at dates.

Options:
  --format table|json  output format (default: table)
  --lang en|zh-HK      the language of these messages (default: from the environment)
  -h, --help           show this help

Exit status: 0 when the history was read (even with fewer than two validations), 2 on unreadable input
or a bad option.
`,
  "cli.history.noFile": "give one tracking workbook (.xlsx)",
  "cli.history.notXlsx": "{path}: expected a tracking workbook (.xlsx)",
  "cli.history.noSheet": '{path}: no "{sheet}" sheet; validate with --write (or Validate in Excel) first',
  "cli.history.tooFew": "Fewer than two validations in the history: nothing to compare yet.",
  "cli.history.changes":
    "Status changes from {fromAsAt} (validated {fromValidatedAt}) to {toAsAt} (validated {toValidatedAt}):",
  "cli.history.none": "none",
  "cli.history.new": "(new)",
  "cli.register.usage": `Usage: kpi-tracker register <kpi-list.csv|kpi-list.xlsx|annex.docx> --year YYYY --announced YYYY-MM-DD --out register.json [options]

Turns a published KPI list into a register: reads each KPI's targets and deadlines from its wording,
prints what it read, and writes the register JSON that workbook, validate and annex take.

Input:
  .csv / .xlsx   columns Area, Measure, Department (optional), KPI; or, in an xlsx, the paper's annex
                 layout pasted from Word ("(I) ..." area rows, "(A) ..." measures, ➤ bullets)
  .docx          the first table of a Word annex in the paper's layout (as kpi-tracker annex writes it)

Options:
  --year YYYY            the year the KPIs are for (ids are <year>-<measure letter>-<n>)
  --announced DATE       the day the Policy Address announced the list; deadlines with no start open here
  --out FILE             the register .json to write (required)
  --title TEXT           the annex title (default: the title above the table, else "Key Performance Indicators (YYYY)")
  --source TEXT          where the list was published
  --lang en|zh-HK        the language of these messages (default: from the environment)
  --force                overwrite --out if it exists
  -h, --help             show this help

A KPI whose wording cannot be read is kept with no target ("needsReading" in the file) and counted on
the last line; nothing is guessed.

Exit status: 0 when the register was written, 2 on unreadable input or a bad option.
`,
  "cli.register.noFile": "give one KPI list file (.csv, .xlsx or .docx)",
  "cli.register.year": '--year must be a year such as 2026, got "{value}"',
  "cli.register.announced": '--announced must be a date as YYYY-MM-DD, got "{value}"',
  "cli.register.outType": '--out must end in .json, got "{out}"',
  "cli.register.exists": "{out} already exists; use --force to overwrite it",
  "cli.register.cannotWrite": "cannot write {out} ({reason})",
  "cli.register.needsReading": "NEEDS READING: {reason}",
  "cli.register.writtenOne": "{total} KPIs written to {out}; 1 needs reading",
  "cli.register.written": "{total} KPIs written to {out}; {count} need reading",
  "cli.list.notList": "{path}: expected a .csv, .xlsx or .docx file",
  "cli.list.badCsv": "{path}: malformed CSV ({reason})",
  "cli.list.badXlsx": "{path}: not a readable xlsx workbook ({reason})",
  "cli.list.noRows": "{path}: the workbook has no rows",
  "cli.list.badDocx": "{path}: not a readable Word document ({reason})",
  "cli.list.noTable": "{path}: the document has no table",
} as const;
