#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources directly, so the command works right after `npm ci` with no build step.
require("tsx/cjs/api").register();
const { main } = require("./main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kpi-tracker: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
