/** The errors the double throws, shaped like OfficeExtension.Error (`code`, `debugInfo`). */
// Error codes and messages from learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
export class OfficeErrorDouble extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

// ItemNotFound: "The requested resource doesn't exist." (application-specific-api-error-handling).
export function notFound(what: string): OfficeErrorDouble {
  return new OfficeErrorDouble("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

// AccessDenied: "You cannot perform the requested operation." (application-specific-api-error-handling);
// the message is the one Excel shows for a protected sheet.
export function accessDenied(): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet.",
  );
}
