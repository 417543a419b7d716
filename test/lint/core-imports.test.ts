import { execFileSync } from "node:child_process";
import path from "node:path";

interface Sample {
  code: string;
  filePath: string;
}

/**
 * Runs the project's own ESLint configuration on each sample as if it were a file at `filePath`, and
 * returns the dependency rule's messages (and any parse error). ESLint loads its flat config with an ES
 * module import, which jest's module system cannot do, so one Node process runs ESLint for all samples.
 */
function coreImportProblems(samples: readonly Sample[]): string[][] {
  const script = `
    import { readFileSync } from "node:fs";
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const problems = [];
    for (const { code, filePath } of JSON.parse(readFileSync(0, "utf8"))) {
      const [result] = await eslint.lintText(code, { filePath });
      problems.push(
        result.messages.filter((m) => m.ruleId === "kpi-tracker/core-imports" || m.fatal).map((m) => m.message),
      );
    }
    process.stdout.write(JSON.stringify(problems));
  `;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: path.resolve(__dirname, "../.."),
    input: JSON.stringify(samples),
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const IN_CORE = "src/core/x/y.ts";

const REFUSED: ReadonlyArray<[string, string]> = [
  ['import { runExcel } from "../../excel/excel-run";', "an adapter"],
  ['import type { TrackingActions } from "../../excel/tracking-actions";', "a type from an adapter"],
  ['export { App } from "../../taskpane/App";', "a re-export from the pane"],
  ['export * from "../../cli/main";', "a re-export of everything from the CLI"],
  ['export const load = () => import("../../export/annex-docx");', "a dynamic import"],
  ['export type Actions = import("../../excel/tracking-actions").TrackingActions;', "an import type"],
  ['import actions = require("../../excel/tracking-actions");', "an import-equals require"],
  ['import { x } from "../../core-extra/x";', "a sibling folder whose name starts like core's"],
  ['import { install } from "../../../test/excel-double/install";', "the tests"],
  ['import React from "react";', "React"],
  ['import { readFileSync } from "node:fs";', "Node"],
  ['import { readFileSync } from "fs";', "Node without its prefix"],
  ['import "@microsoft/office-js";', "Office.js"],
  ['import { Button } from "@fluentui/react-components";', "a scoped package"],
];

const ALLOWED: readonly string[] = [
  'import { z } from "./z";',
  'import { isCalendarDate } from "../calendar";',
  'import type { Status } from "../vocabulary";',
  'export * from "./model";',
  'export const load = () => import("../register/schema");',
  'import { z } from "zod";',
  'import { z } from "zod/v4";',
];

const OTHERS: readonly Sample[] = [
  { code: "export const load = (name: string) => import(name);", filePath: IN_CORE },
  { code: 'import React from "react";', filePath: "src/taskpane/x.tsx" },
  { code: 'import { readFileSync } from "node:fs";', filePath: "src/cli/x.ts" },
];

const samples: Sample[] = [
  ...REFUSED.map(([code]) => ({ code, filePath: IN_CORE })),
  ...ALLOWED.map((code) => ({ code, filePath: IN_CORE })),
  ...OTHERS,
];
const problems = new Map<Sample, string[]>();

beforeAll(() => {
  coreImportProblems(samples).forEach((found, i) => problems.set(samples[i], found));
}, 120_000);

const problemsOf = (code: string, filePath = IN_CORE): string[] | undefined =>
  problems.get(samples.find((s) => s.code === code && s.filePath === filePath)!);

describe("the dependency rule in ESLint: src/core imports only src/core and zod", () => {
  it.each(REFUSED)("refuses %s (%s)", (code) => {
    expect(problemsOf(code)).toHaveLength(1);
  });

  it("names the import and says why", () => {
    expect(problemsOf('import { runExcel } from "../../excel/excel-run";')).toEqual([
      '"../../excel/excel-run" is outside src/core: the core imports nothing from the adapters.',
    ]);
    expect(problemsOf('import React from "react";')).toEqual([
      '"react" is not a library the core declares (zod).',
    ]);
  });

  it("refuses an import whose path it cannot read", () => {
    expect(problemsOf("export const load = (name: string) => import(name);")).toEqual([
      "The core imports only by a literal path, which this rule can check.",
    ]);
  });

  it.each(ALLOWED)("allows %s", (code) => {
    expect(problemsOf(code)).toEqual([]);
  });

  it("leaves the adapters alone", () => {
    expect(problemsOf('import React from "react";', "src/taskpane/x.tsx")).toEqual([]);
    expect(problemsOf('import { readFileSync } from "node:fs";', "src/cli/x.ts")).toEqual([]);
  });
});
