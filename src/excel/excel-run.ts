import { TrackingError, describeFailure } from "./office-errors";

/**
 * Every batch goes through here: it waits while the user is editing a cell instead of failing, and a
 * failure becomes a TrackingError in plain words. Write batches switch events off while they write; if one
 * fails part-way, events are switched back on in a fresh batch.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  let eventsPaused = false;
  try {
    return await Excel.run({ delayForCellEdit: true }, (context) => {
      onPause.set(context, () => {
        eventsPaused = true;
      });
      return batch(context);
    });
  } catch (error) {
    if (eventsPaused) await resumeEventsAfterFailure();
    throw error instanceof TrackingError ? error : new TrackingError(describeFailure(error));
  }
}

const onPause = new WeakMap<Excel.RequestContext, () => void>();

/** Our own writes must not wake the live re-validation handler. Paired with `resumeEvents` in the same batch. */
export function pauseEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = false;
  onPause.get(context)?.();
}

export function resumeEvents(context: Excel.RequestContext): void {
  context.runtime.enableEvents = true;
}

async function resumeEventsAfterFailure(): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    });
  } catch {
    // Nothing more can be done; the next successful write switches them on again.
  }
}

/** A big write skips repainting (ExcelApi 1.9, below the add-in's minimum set). */
export function suspendScreenUpdating(context: Excel.RequestContext): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
}
