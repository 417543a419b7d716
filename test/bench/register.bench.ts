import * as fs from "node:fs";
import * as path from "node:path";
import { buildRegister, type KpiListRow } from "../../src/core/register/build-register";
import type { Register } from "../../src/core/register/schema";

const KPIS = 1_000;
const RUNS = 5;
const WARM_UPS = 3;
const ROOT = path.resolve(__dirname, "..", "..");

/** The paper's 96 KPI texts as plain text (as a CSV gives them), cycled to 1 000 KPIs over 25 measures. */
function rows(): KpiListRow[] {
  const texts = [2022, 2023].flatMap((year) => {
    const register = JSON.parse(
      fs.readFileSync(path.join(ROOT, `seeds/kpis-${year}.json`), "utf8"),
    ) as Register;
    return register.areas.flatMap((area) =>
      area.measures.flatMap((measure) => measure.kpis.map((kpi) => kpi.text.map((run) => run.text).join(""))),
    );
  });
  return Array.from({ length: KPIS }, (_, i) => ({
    area: `Area ${Math.floor(i / 200) + 1}`,
    measure: `Measure ${Math.floor(i / 40) + 1}`,
    text: texts[i % texts.length],
  }));
}

/**
 * register_build_1000_kpis_ms: read 1 000 KPIs into a checked register, median of 5 runs once V8 has
 * compiled the parser's regular expressions (3 warm-up builds); register_build_1000_kpis_cold_ms: the
 * first build in a fresh process, as a one-off command-line run pays it.
 */
export default async function bench(): Promise<Record<string, number>> {
  const list = rows();
  const facts = { year: 2023, announced: "2022-10-19" };
  const timed = () => {
    const started = performance.now();
    const built = buildRegister(list, facts);
    const ms = performance.now() - started;
    if (!built.ok) throw new Error(built.errors.slice(0, 3).join("\n"));
    if (built.readings.length !== KPIS) throw new Error(`built ${built.readings.length} KPIs, not ${KPIS}`);
    return ms;
  };
  const cold = timed();
  for (let warm = 0; warm < WARM_UPS; warm++) timed();
  const times = Array.from({ length: RUNS }, timed).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    register_build_1000_kpis_ms: round(times[Math.floor(RUNS / 2)]),
    register_build_1000_kpis_cold_ms: round(cold),
  };
}
