import { isCalendarDate } from "../core/calendar";
import { buildAnnex } from "../core/annex/build";
import type { Annex } from "../core/annex/model";
import { validateTable } from "../core/engine/validate-progress";
import { runExcel } from "./excel-run";
import { TrackingError } from "./office-errors";
import type { AnnexRequest } from "../taskpane/workbook-actions";
import { readTrackingSnapshot } from "./validate-sheet";

/**
 * The annex of the tracking table on the active sheet: its register, the officers' entries and the
 * engine's verdicts as at the date. Reads only; two round trips.
 */
export function annexFromActiveSheet(request: AnnexRequest): Promise<Annex> {
  if (!isCalendarDate(request.asAt)) {
    return Promise.reject(new TrackingError(`The as-at date "${request.asAt}" is not a date.`));
  }
  return runExcel(async (context) => {
    const { register, entries } = await readTrackingSnapshot(context, { kind: "active" });
    const results = validateTable(register, entries, { asAt: request.asAt, tolerance: request.tolerance });
    return buildAnnex({
      register,
      entries,
      results,
      asAt: request.asAt,
      layout: request.layout,
      language: request.language ?? "en",
    });
  });
}
