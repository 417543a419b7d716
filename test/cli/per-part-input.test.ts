import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deadline, kpi, register } from "../core/engine/fixtures";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "src/cli/bin.cjs");

/** 2022-L-1's shape: (1) the opening, (2) the consultation. */
const REGISTER = register([
  kpi("2024-L-1", [
    { kind: "milestone", label: "opening", deadline: deadline("2025-01-01", "2025-04-30") },
    { kind: "milestone", label: "consultation", deadline: deadline("2024-01-01", "2024-04-30") },
  ]),
]);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kpi-per-part-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the CLI's CSV takes one Completed on date per part and one phrase per part (issue 12.1)", () => {
  const registerPath = join(dir, "register.json");
  writeFileSync(registerPath, JSON.stringify(REGISTER));
  const csv = join(dir, "progress.csv");
  writeFileSync(
    csv,
    'KPI ID,Completed on,Reported status\n2024-L-1,"; 2024-03-15","KPI of 2025 on track. KPI of 2024 completed."\n',
  );
  const result = spawnSync(
    process.execPath,
    [BIN, "validate", csv, "--as-at", "2024-10-31", "--register", registerPath, "--format", "json"],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
  const [row] = JSON.parse(result.stdout);
  expect(row.status).toBe("on-track");
  expect(row.reasons).toEqual(["(1) opening: on track", "(2) consultation: completed on 15 Mar 2024"]);
});
