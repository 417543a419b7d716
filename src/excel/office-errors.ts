/**
 * Turns what goes wrong in Excel into words an officer can act on. Office errors carry a `code`
 * (OfficeExtension.Error); our own refusals are TrackingErrors with the message already in plain words.
 */

export class TrackingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrackingError";
  }
}

const PROTECTED_SHEET =
  "The sheet is protected, perhaps by someone else with a password. Unprotect it (Review > Unprotect Sheet) and try again.";

/** Codes from Excel.ErrorCodes and the Office error list (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). */
const PLAIN_WORDS: Readonly<Record<string, string>> = {
  AccessDenied: PROTECTED_SHEET,
  BadPassword: PROTECTED_SHEET,
  InvalidOperationInCellEditMode:
    "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
  InvalidOperation: "Excel refused the operation on the sheet. Nothing further was changed; try again.",
  ItemNotFound:
    "The KPI table or its sheet was renamed or deleted. Load the register again to recreate the table; entries in other sheets are not touched.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Rename it and load again.",
  InvalidArgument: "Excel refused a value the add-in tried to write. Nothing further was changed.",
  InvalidReference: "The KPI table is not where the add-in expected it. Load the register again.",
  MergedRangeConflict:
    "Merged cells or another table are in the way of the KPI table. Unmerge or move them, then load again.",
  RequestPayloadSizeLimitExceeded:
    "The table is too large to send to Excel in one go. Filter by department and load again.",
  ResponsePayloadSizeLimitExceeded:
    "The table is too large to read from Excel in one go. Split it by department and try again.",
  ApiNotFound:
    "This version of Excel does not support a feature the add-in needs. Update Excel and try again.",
  ActivityLimitReached: "Excel is busy. Wait a moment and try again.",
  Conflict: "Someone else changed the sheet at the same time. Try again.",
  GeneralException:
    "Excel reported an unexpected error. Try again; if it keeps happening, reopen the workbook.",
};

/** The Office error code of a failure, or null when it did not come from Office. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : null;
}

export function describeFailure(error: unknown): string {
  if (error instanceof TrackingError) return error.message;
  const code = officeErrorCode(error);
  if (code !== null) return PLAIN_WORDS[code] ?? `Excel reported "${code}". Try again.`;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return "Something went wrong.";
}
