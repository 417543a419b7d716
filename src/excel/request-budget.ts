import type { CellValue } from "../core/tracking/cell-value";

/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded; "Resource limits and
 * performance optimization for Office Add-ins"). Load keeps each request under 4 MB: the data it counts
 * stays under this budget, leaving room for the envelope of every queued action.
 */
export const REQUEST_BUDGET_BYTES = 3_600_000;

const utf8 = new TextEncoder();

/** What a value adds to a request: its JSON, in UTF-8 bytes (KPI texts may be in Chinese). */
export function payloadBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}

/**
 * Counts the data queued on a context and sends what is queued (a `context.sync()`) before a write that
 * would take the request past the budget. Below the budget nothing is sent early, so small and large
 * loads take the same round trips; past it, round trips grow with the size of the data, not the rows.
 */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Runs after each early send: what lasts one request only (suspended repainting) is asked for again. */
    private readonly onNewRequest: () => void = () => undefined,
    readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Makes room for `bytes` in the request being built. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.send();
    this.used += bytes;
  }

  private async send(): Promise<void> {
    await this.context.sync();
    this.used = 0;
    this.onNewRequest();
  }

  /**
   * Writes rows into `range` (which they fill exactly) through `write`, in as many blocks of whole rows as
   * the budget needs: one block whenever they fit. `write` is told the index of the block's first row, so
   * it can queue what goes with those rows (their number formats) in the same block.
   */
  async writeRows(
    range: Excel.Range,
    rows: readonly CellValue[][],
    write: (block: Excel.Range, values: CellValue[][], first: number) => void,
    bytesOf: (row: readonly CellValue[], index: number) => number = payloadBytes,
  ): Promise<void> {
    const sizes = rows.map((row, index) => bytesOf(row, index) + 1);
    let start = 0;
    while (start < rows.length) {
      if (this.used > 0 && this.used + sizes[start] > this.limit) await this.send();
      let end = start;
      let bytes = 0;
      while (end < rows.length && (end === start || this.used + bytes + sizes[end] <= this.limit)) {
        bytes += sizes[end++];
      }
      this.used += bytes;
      const block =
        start === 0 && end === rows.length
          ? range
          : range
              .getRow(0)
              .getOffsetRange(start, 0)
              .getResizedRange(end - start - 1, 0);
      write(block, rows.slice(start, end), start);
      start = end;
    }
  }
}
