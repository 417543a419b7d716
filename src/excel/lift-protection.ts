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
export async function liftProtection(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
): Promise<void> {
  sheet.protection.unprotect();
  try {
    await context.sync();
  } catch {
    // Excel's code for a wrong or missing password is not documented (AccessDenied, BadPassword, ...);
    // this batch holds the unprotect alone, so whatever failed, it was the protection.
    throw new TrackingError(protectedBySomeoneElse(sheetName));
  }
}
