/**
 * The double's Excel.RequestContext. Like Office.js, every property write and method call is queued and
 * runs only at `context.sync()`; a failing operation rejects the sync and drops the rest of the batch
 * (operations before it stay applied).
 */
import type { Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import type { WorkbookModel } from "./model";
import { RuntimeDouble, WorkbookDouble } from "./workbook";

// Excel on the web: "payload size limit for requests and responses is 5MB"; past it a request fails with
// RequestPayloadSizeLimitExceeded (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
// 5 000 000 bytes, the smaller reading of "5MB", so the double is never kinder than Excel.
export const REQUEST_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Each queued action travels as a small JSON envelope (object path, member name, ids) besides its data; an estimate, not documented. */
export const ACTION_ENVELOPE_BYTES = 100;

const utf8 = new TextEncoder();

/** Bytes an action adds to its request: its envelope and its arguments serialized as JSON. */
export function actionBytes(payload: unknown): number {
  if (payload === undefined) return ACTION_ENVELOPE_BYTES;
  return ACTION_ENVELOPE_BYTES + utf8.encode(JSON.stringify(payload)).length;
}

export class DoubleContext implements Doubled<
  Excel.RequestContext,
  "workbook" | "runtime" | "sync" | "trackedObjects"
> {
  private pending: Array<() => void> = [];
  private pendingBytes = 0;
  readonly workbook: WorkbookDouble;
  readonly runtime: RuntimeDouble;
  /** Set by Excel.run when the user is editing a cell and the run did not ask to wait. */
  failWith: OfficeErrorDouble | null = null;

  constructor(
    readonly model: WorkbookModel,
    /** The add-in runtime that made this context (task pane or ribbon function file). */
    readonly runtimeName: string = model.currentRuntime,
  ) {
    this.workbook = new WorkbookDouble(this);
    this.runtime = new RuntimeDouble(this);
  }

  /** `payload` is what the action sends (values, formats, a setting's value), counted against the cap. */
  queue(op: () => void, payload?: unknown): void {
    this.pending.push(op);
    this.pendingBytes += actionBytes(payload);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  // "Synchronizes the state between JavaScript proxy objects and the Office document, by executing
  // instructions queued on the request context" (learn.microsoft.com/javascript/api/excel/excel.requestcontext#excel-excel-requestcontext-sync-member(1)).
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.model.syncCount++;
    const ops = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    await Promise.resolve();
    if (this.failWith && ops.length > 0) throw this.failWith;
    if (ops.length > 0) this.model.requestBytes.push(bytes);
    if (bytes > REQUEST_PAYLOAD_LIMIT_BYTES) {
      // The request is refused whole: none of its actions runs.
      throw new OfficeErrorDouble(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    const failAfter = this.model.failAfterOperations;
    try {
      for (let i = 0; i < ops.length; i++) {
        if (failAfter !== null && i === failAfter) {
          this.model.failAfterOperations = null;
          throw new OfficeErrorDouble(
            "GeneralException",
            `Simulated failure at operation ${i + 1} of ${ops.length}.`,
          );
        }
        ops[i]();
      }
    } finally {
      // What a failed batch did before failing stays done, and raises its events too: queued commands run in
      // order and a failed sync reports those that ran (learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext#office-officeextension-clientrequestcontext-trace-member(1)).
      this.model.effects.deliverPending();
    }
    return passThroughValue as T;
  }

  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}
