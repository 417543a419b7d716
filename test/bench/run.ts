/**
 * npm run bench [-- name ...]: runs every test/bench/*.bench.ts (or those whose file name contains
 * one of the given names), merges their figures, prints them against the budgets below and writes
 * test/artifacts/bench.json (one flat JSON object: budget keys first in table order, then any other
 * keys alphabetically). Exit code 1 if a bench throws or a figure is over budget.
 *
 * A bench file default-exports `async () => Record<string, number>`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

type Figures = Record<string, number>;

interface Budget {
  meaning: string;
  unit: string;
  /** ok when value <= max */
  max?: number;
  /** ok when value >= min */
  min?: number;
  /** ok when value equals the value of this other key */
  equals?: string;
}

/** The one table of bench keys and budgets (mirrored in docs/development.md, "Benchmarks"). */
export const BUDGETS: Record<string, Budget> = {
  taskpane_initial_js_kb: { meaning: "task-pane JS loaded before first render, minified", unit: "KB" },
  taskpane_initial_js_gzip_kb: { meaning: "the same, gzip -9", unit: "KB", max: 120 },
  engine_100k_rows_ms: { meaning: "engine: validate 100,000 KPI rows", unit: "ms", max: 500 },
  engine_rows_per_s: { meaning: "engine throughput (100k rows / time)", unit: "rows/s", min: 200_000 },
  engine_100k_distinct_kpis_ms: { meaning: "engine: the same rows, each under its own KPI", unit: "ms" },
  engine_100k_multipart_rows_ms: {
    meaning: "engine: 100,000 rows of KPIs with several targets, one value per part",
    unit: "ms",
    max: 500,
  },
  load_syncs_50: { meaning: "Excel: context.sync() calls to load 50 KPIs", unit: "syncs", max: 4 },
  load_syncs_2000: {
    meaning: "Excel: syncs to load 2,000 KPIs (same as for 50)",
    unit: "syncs",
    max: 4,
    equals: "load_syncs_50",
  },
  validate_syncs_50: { meaning: "Excel: syncs to validate 50 KPIs", unit: "syncs", max: 4 },
  validate_syncs_2000: {
    meaning: "Excel: syncs to validate 2,000 KPIs (same as for 50)",
    unit: "syncs",
    max: 4,
    equals: "validate_syncs_50",
  },
  collect_returns_syncs_2_files: {
    meaning: "Excel: syncs to collect 2 returns into 2,000 KPIs",
    unit: "syncs",
    max: 4,
  },
  collect_returns_syncs_20_files: {
    meaning: "Excel: syncs to collect 20 returns (same as for 2)",
    unit: "syncs",
    max: 4,
    equals: "collect_returns_syncs_2_files",
  },
  load_2000_max_request_kb: {
    meaning: "Excel: largest request Load sends for 2,000 KPIs (web cap 5 MB)",
    unit: "KB",
    max: 4000,
  },
  load_10000_max_request_kb: {
    meaning: "Excel: largest request Load sends for 10,000 KPIs (web cap 5 MB)",
    unit: "KB",
    max: 4000,
  },
  load_syncs_10000: {
    meaning: "Excel: syncs to reload 10,000 KPIs (grows with payload past 4 MB per request)",
    unit: "syncs",
  },
  load_2000_ms: { meaning: "Excel double: load 2,000 KPIs, wall time", unit: "ms" },
  validate_2000_ms: { meaning: "Excel double: validate 2,000 KPIs, wall time", unit: "ms" },
  xlsx_bomb_refused_ms: { meaning: "CLI: refuse a 4 MB xlsx declaring 4 GB of parts", unit: "ms", max: 5000 },
  xlsx_lying_part_refused_ms: {
    meaning: "CLI: refuse it when a part understates its size",
    unit: "ms",
    max: 5000,
  },
  consolidate_20_returns_2000_rows_ms: {
    meaning: "CLI: consolidate 20 xlsx returns of 100 rows into a 2,000-KPI workbook",
    unit: "ms",
    max: 2000,
  },
  register_build_1000_kpis_ms: {
    meaning: "register builder: read 1,000 KPI texts into a checked register",
    unit: "ms",
    max: 1000,
  },
  register_build_1000_kpis_cold_ms: {
    meaning: "the same, first build in a fresh process (regular expressions not yet compiled)",
    unit: "ms",
  },
};

const BENCH_DIR = __dirname;
const ROOT = path.resolve(BENCH_DIR, "..", "..");
const OUT = path.join(ROOT, "test", "artifacts", "bench.json");

function judge(key: string, value: number, all: Figures): { budget: string; ok: boolean | null } {
  const b = BUDGETS[key];
  if (!b) return { budget: "-", ok: null };
  const parts: string[] = [];
  let ok: boolean | null = null;
  const and = (cond: boolean) => (ok = (ok ?? true) && cond);
  if (b.max !== undefined) {
    parts.push(`<= ${b.max}`);
    and(value <= b.max);
  }
  if (b.min !== undefined) {
    parts.push(`>= ${b.min}`);
    and(value >= b.min);
  }
  if (b.equals) {
    parts.push(`= ${b.equals}`);
    and(all[b.equals] === undefined || value === all[b.equals]);
  }
  return { budget: parts.join(", ") || "-", ok };
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value.toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const files = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
    .sort();
  if (files.length === 0) {
    console.error(`No bench files match ${filters.join(", ") || "test/bench/*.bench.ts"}.`);
    return 1;
  }

  const figures: Figures = {};
  const source: Record<string, string> = {};
  let failures = 0;
  for (const file of files) {
    const started = performance.now();
    process.stdout.write(`running ${file} ... `);
    try {
      const mod = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as {
        default?: unknown;
      };
      // tsx may wrap a CommonJS-compiled default export one level deeper
      const fn = (
        typeof mod.default === "function" ? mod.default : (mod.default as { default?: unknown })?.default
      ) as (() => Promise<Figures>) | undefined;
      if (typeof fn !== "function") throw new Error("no default-exported function");
      const result = await fn();
      for (const [key, value] of Object.entries(result)) {
        if (typeof value !== "number") throw new Error(`${key} is not a number (${typeof value})`);
        if (key in figures) throw new Error(`${key} is also reported by ${source[key]}`);
        figures[key] = value;
        source[key] = file;
      }
      console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failures++;
      console.log("FAILED");
      console.error(`  ${file}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  // stable key order: the budget table first, then anything else alphabetically
  const keys = [
    ...Object.keys(BUDGETS).filter((k) => k in figures),
    ...Object.keys(figures)
      .filter((k) => !(k in BUDGETS))
      .sort(),
  ];
  const rows = [["key", "value", "unit", "budget", "status"]];
  let over = 0;
  for (const key of keys) {
    const { budget, ok } = judge(key, figures[key], figures);
    if (ok === false) over++;
    rows.push([
      key,
      format(figures[key]),
      BUDGETS[key]?.unit ?? "",
      budget,
      ok === null ? "" : ok ? "ok" : "OVER",
    ]);
  }
  const missing = Object.keys(BUDGETS).filter((k) => !(k in figures));
  for (const key of missing)
    rows.push([key, "-", BUDGETS[key].unit, judge(key, 0, {}).budget, "not measured"]);

  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log("");
  rows.forEach((r, i) => {
    console.log(
      r
        .map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join("  ")
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  });

  const ordered: Figures = {};
  for (const key of keys) ordered[key] = figures[key];
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(ordered, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(process.cwd(), OUT)} (${keys.length} keys)`);
  if (over) console.log(`${over} figure(s) over budget.`);
  if (failures) console.log(`${failures} bench file(s) failed.`);
  return over || failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
