import type { CellValue } from "../core/tracking/cell-value";
import { HISTORY_SHEET_NAME, validatedAtText } from "../core/history/layout";
import { replacedRows, type ReplacedEntries } from "../core/history/snapshot";
import { kpiDepartments, mergeReturns, type ReturnUpdate } from "../core/returns/merge-returns";
import { ENTRY_COLUMN_KEYS, type TrackingColumnKey } from "../core/tracking/columns";
import { entriesOf } from "../core/tracking/merge";
import { positionOf } from "../core/tracking/table-layout";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { historyState, lookUpHistory, queueHistoryAppend, readHistory } from "./history-sheet";
import { liftProtections } from "./lift-protection";
import { TrackingError } from "./office-errors";
import { loadTrackingSettingItems, trackingSettingsFrom } from "./settings";
import { queueProtect } from "./sheet-protection";
import { todayIso } from "../core/today";
import type { CollectOutcome, CollectRequest } from "../taskpane/workbook-actions";
import { cellNumberFormat } from "./tracking-sheet-format";
import { readTrackingSnapshot } from "./validate-sheet";

const WRITTEN: readonly TrackingColumnKey[] = [...ENTRY_COLUMN_KEYS, "source"];

/** One column's cells for the write batch: the update's value on its rows, null (left as it is) elsewhere. */
function columnCells(
  rows: number,
  updates: ReadonlyMap<number, ReturnUpdate>,
  key: TrackingColumnKey,
): { values: CellValue[][]; formats: (string | null)[][] } {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const update = updates.get(i);
    let value: CellValue | undefined;
    if (update && key === "source") value = update.source;
    else if (update?.kind === "merged") value = update.entries[key as keyof typeof update.entries];
    values.push([value === undefined ? null : (value ?? "")]);
    formats.push([value === undefined ? null : cellNumberFormat(key, value ?? "")]);
  }
  return { values, formats };
}

/**
 * Collect returns: merges department returns, already read from their files, into the tracking table on
 * the active sheet by KPI ID. Everything is read first (table, register, history) and written in one batch:
 * the merged entries and their Source, conflicts' Source, and the replaced entries appended to the history.
 * Three round trips whatever the number of rows or returns (four when a sheet written to is protected).
 */
export function collectReturns(
  request: CollectRequest,
  now: () => Date = () => new Date(),
): Promise<CollectOutcome> {
  return runExcel(async (context) => {
    const history = lookUpHistory(context);
    const settings = loadTrackingSettingItems(context);
    const snapshot = await readTrackingSnapshot(context, { kind: "active" }, () => readHistory(history));
    const { sheet, table, rows, layout } = snapshot;

    const sourceAt = positionOf(layout, "source");
    if (sourceAt < 0) {
      throw new TrackingError(
        `The table on "${sheet.name}" has no Source column, which records where each entry came from. ` +
          "Load the register again (your entries are kept), then collect the returns.",
      );
    }
    const merge = mergeReturns(
      rows.map((row) => ({ id: row.id, entries: entriesOf(row), source: row.cells.source ?? "" })),
      request.returns,
      kpiDepartments(snapshot.register),
    );
    const outcome = { sheetName: sheet.name, tableName: snapshot.tableName, summary: merge.summary };
    if (merge.updates.length === 0) return outcome;

    const state = historyState(history);
    const merged = merge.updates.filter((u) => u.kind === "merged");
    if (merged.length > 0 && state.taken) {
      throw new TrackingError(
        `A sheet "${HISTORY_SHEET_NAME}" that this add-in did not write is in the way, so the entries the ` +
          "returns replace could not be kept. Rename that sheet, then collect the returns again; nothing was written.",
      );
    }

    const rowOf = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.id !== "" && !rowOf.has(row.id)) rowOf.set(row.id, i);
    });
    const updates = new Map(merge.updates.map((update) => [rowOf.get(update.id)!, update]));

    const historyProtected = !history.sheet.isNullObject && history.sheet.protection.protected;
    const wasProtected = sheet.protection.protected;
    await liftProtections(context, [
      ...(historyProtected ? [{ sheet: history.sheet, sheetName: HISTORY_SHEET_NAME }] : []),
      ...(wasProtected ? [{ sheet, sheetName: sheet.name }] : []),
    ]);

    suspendScreenUpdating(context);
    pauseEvents(context);
    const body = table.getDataBodyRange();
    for (const key of WRITTEN) {
      const { values, formats } = columnCells(rows.length, updates, key);
      const column = body.getColumn(positionOf(layout, key));
      column.numberFormat = formats as string[][];
      column.values = values as (string | number | boolean)[][];
    }
    if (merged.length > 0) {
      const at = validatedAtText(now());
      const asAt = trackingSettingsFrom(settings).asAt ?? todayIso();
      const replaced: ReplacedEntries[] = merged.map((update) => {
        const row = rows[rowOf.get(update.id)!];
        return {
          id: update.id,
          replaced: update.replaced,
          status: String(row.cells.status ?? ""),
          by: update.source,
        };
      });
      queueHistoryAppend(context, history, replacedRows(asAt, at, replaced));
    }
    if (historyProtected) queueProtect(history.sheet);
    if (wasProtected) queueProtect(sheet);
    resumeEvents(context);
    await context.sync();
    return outcome;
  });
}
