import { collectReturns } from "../../src/excel/collect-returns";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { typeInto } from "../excel-double/install";
import { AS_AT, installDouble, syntheticRegister } from "./helpers";

export interface SyncFigures {
  /** Round trips of a reload (the table exists: look up, read, write). */
  loadSyncs: number;
  validateSyncs: number;
  loadMs: number;
  validateMs: number;
}

/** Loads a register of `kpis` KPIs, types some entries, reloads and validates, counting round trips. */
export async function measureSyncs(kpis: number): Promise<SyncFigures> {
  const { model } = installDouble();
  const register = syntheticRegister(kpis);
  await loadTrackingTable({ register, asAt: AS_AT });
  const ids = register.areas.flatMap((a) => a.measures.flatMap((m) => m.kpis.map((k) => k.id)));
  ids.forEach((id, i) => {
    if (i % 3 === 0) typeInto(model, `KpiTracker${register.year}`, id, "Actual", String(i));
  });

  model.syncCount = 0;
  let started = performance.now();
  await loadTrackingTable({ register, asAt: AS_AT });
  const loadMs = performance.now() - started;
  const loadSyncs = model.syncCount;

  model.syncCount = 0;
  started = performance.now();
  await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
  const validateMs = performance.now() - started;
  return { loadSyncs, validateSyncs: model.syncCount, loadMs, validateMs };
}

export interface RequestFigures {
  /** Largest single request Load sent, first load or reload, in KB (1 000 bytes) as the cap counts them. */
  maxRequestKb: number;
  /** Round trips of the reload. */
  reloadSyncs: number;
}

/** Loads a register of `kpis` KPIs on a new sheet, then again over the table, measuring each request. */
export async function measureLoadRequests(kpis: number): Promise<RequestFigures> {
  const { model } = installDouble();
  const register = syntheticRegister(kpis);
  await loadTrackingTable({ register, asAt: AS_AT });
  model.syncCount = 0;
  await loadTrackingTable({ register, asAt: AS_AT });
  return {
    maxRequestKb: Math.ceil(Math.max(...model.requestBytes) / 1000),
    reloadSyncs: model.syncCount,
  };
}

/** `files` returns of about 2 000 KPIs between them (no two on the same KPI), collected into the table. */
export async function measureCollectSyncs(files: number): Promise<number> {
  const { model } = installDouble();
  const register = syntheticRegister(2000);
  await loadTrackingTable({ register, asAt: AS_AT });
  const ids = register.areas.flatMap((a) => a.measures.flatMap((m) => m.kpis.map((k) => k.id)));
  const returns = Array.from({ length: files }, (_, file) => ({
    source: `return-${file + 1}.csv`,
    department: null,
    receivedAt: "2024-07-01T09:00:00.000Z",
    entries: ids
      .filter((_, i) => i % files === file)
      .map((id, i) => ({ id, actual: String(i), completedOn: "", reportedStatus: "", latestProgress: "" })),
  }));
  model.syncCount = 0;
  await collectReturns({ returns });
  return model.syncCount;
}
