/**
 * Excel round trips for Load (a reload: the table exists), Validate (with its history snapshot and dashboard)
 * and Collect returns, against the counting Excel double, at 50 and 2 000 KPIs and 2 and 20 returns. The counts must not grow with the rows. Times are the double's, not Excel's: they
 * show the add-in's own work (merge, engine, 2-D arrays), not Excel's. The largest request Load sends
 * (first load or reload) is measured as the double counts it against Excel on the web's 5 MB cap.
 */
import { measureCollectSyncs, measureLoadRequests, measureSyncs } from "../excel/sync-counts";

export default async function excelBench(): Promise<Record<string, number>> {
  const small = await measureSyncs(50);
  const large = await measureSyncs(2000);
  const requests2000 = await measureLoadRequests(2000);
  const requests10000 = await measureLoadRequests(10_000);
  return {
    collect_returns_syncs_2_files: await measureCollectSyncs(2),
    collect_returns_syncs_20_files: await measureCollectSyncs(20),
    load_2000_max_request_kb: requests2000.maxRequestKb,
    load_10000_max_request_kb: requests10000.maxRequestKb,
    load_syncs_10000: requests10000.reloadSyncs,
    load_syncs_50: small.loadSyncs,
    load_syncs_2000: large.loadSyncs,
    validate_syncs_50: small.validateSyncs,
    validate_syncs_2000: large.validateSyncs,
    load_2000_ms: Math.round(large.loadMs * 10) / 10,
    validate_2000_ms: Math.round(large.validateMs * 10) / 10,
  };
}
