import type { ProgressEntry, KpiResult } from "../../../src/core/engine/types";
import type { Register } from "../../../src/core/register/schema";

const deadline = { text: "by end-2024", start: "2023-10-25", end: "2024-12-31" };

/** A two-area register small enough to reason about, with a preamble and a measure of two KPIs. */
export const smallRegister: Register = {
  schemaVersion: 1,
  year: 2023,
  title:
    "Key Performance Indicators (\u201cKPI\u201d) for the measures of Security Bureau (\u201cSB\u201d) (2023)",
  source: "test fixture",
  listStart: "2023-10-25",
  areas: [
    {
      numeral: "I",
      title: "Safeguarding Our Country and Home",
      measures: [
        {
          letter: "A",
          title: "Enhancing Community Emergency Preparedness",
          kpis: [
            {
              id: "2023-A-1",
              departments: ["FSD"],
              text: [
                { text: "The FSD will conduct " },
                { text: "750", bold: true },
                { text: " proactive inspections " },
                { text: "by end-2024", bold: true },
                { text: "." },
              ],
              targets: [{ kind: "count", unit: "proactive inspections", quantity: 750, deadline }],
            },
            {
              id: "2023-A-2",
              departments: ["FSD"],
              text: [
                { text: "The FSD will open a support centre " },
                { text: "by end-2024", bold: true },
                { text: "." },
              ],
              targets: [{ kind: "milestone", deadline }],
              progress: {
                statusPhrase: "Task on track.",
                narrative: [[{ text: "Premises found in " }, { text: "2024", bold: true }, { text: "." }]],
                figures: [],
              },
            },
          ],
        },
      ],
    },
    {
      numeral: "II",
      title: "Joining Hands on the Road to Rehabilitation",
      measures: [
        {
          letter: "B",
          title: "Enhancing handling of claims",
          preamble: [{ text: "The Government will continue to implement measures, including:" }],
          kpis: [
            {
              id: "2023-B-1",
              departments: ["ImmD"],
              text: [{ text: "through profile analysis of abusers;" }],
              targets: [{ kind: "ongoing" }],
            },
          ],
        },
      ],
    },
  ],
};

export function entry(kpiId: string, fields: Partial<Omit<ProgressEntry, "kpiId">> = {}): ProgressEntry {
  return { kpiId, actual: null, completedOn: null, reportedStatus: null, latestProgress: null, ...fields };
}

export function result(kpiId: string, proposedPhrase: string): KpiResult {
  return {
    kpiId,
    status: "on-track",
    reasons: [],
    expected: null,
    actual: null,
    expectedText: "",
    proposedPhrase,
    parts: [],
  };
}

/** Text an attacker or a careless paste could make a spreadsheet run as a formula. */
export const FORMULA_TEXTS = ['=HYPERLINK("http://example.invalid","click")', "+1+1", "-2+3", "@SUM(A1:A2)"];
