import { TrackingError } from "./office-errors";

export function protectedBySomeoneElse(sheetName: string): string {
  return (
    "The sheet is protected, perhaps by someone else with a password, so nothing was changed. " +
    `Unprotect "${sheetName}" (Review > Unprotect Sheet) and try again.`
  );
}

/**
 * Lifts the add-in's own (password-free) protection before anything is written, in a round trip of its own.
 * A sheet someone else protected with a password refuses, and the refusal is known before the write batch
 * starts, so a failed unprotect never leaves a half-written sheet (or a "kept" copy) behind.
 */
export function liftProtection(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
): Promise<void> {
  return liftProtections(context, [{ sheet, sheetName }]);
}

/**
 * The same for several sheets, in one round trip. A batch stops at its first failure, so the sheet whose
 * protection matters most (the tracking sheet) goes last: a refusal before it leaves it protected.
 */
export async function liftProtections(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<{ sheet: Excel.Worksheet; sheetName: string }>,
): Promise<void> {
  if (sheets.length === 0) return;
  for (const { sheet } of sheets) sheet.protection.unprotect();
  try {
    await context.sync();
  } catch {
    // Excel's code for a wrong or missing password is not documented (AccessDenied, BadPassword, ...);
    // this batch holds the unprotects alone, so whatever failed, it was a protection.
    throw new TrackingError(protectedBySomeoneElse(sheets.map((s) => s.sheetName).join('" or "')));
  }
}
