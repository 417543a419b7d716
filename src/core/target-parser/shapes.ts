import { NUMBER_SOURCE, numberValue } from "./quantities";

/**
 * Target shapes that span several numbers and are read before single quantities:
 * a reduction ("from over seven months ... to around four months"), a staged rise
 * ("from about 400 ... to 500 by end-2023, and then to 600 within 2024"), a rise from a baseline
 * ("from 300 to 800") and a percentage change ("by 5%").
 */
export type Shape =
  | {
      kind: "reduction";
      index: number;
      end: number;
      unit: string;
      from: number;
      to: number;
      approximate: boolean;
    }
  | {
      kind: "staged";
      index: number;
      end: number;
      unit: string;
      baseline: number;
      approximate: boolean;
      stages: Array<{ quantity: number; deadlineText: string }>;
    }
  | {
      kind: "baseline-count";
      index: number;
      end: number;
      unit: string;
      baseline: number;
      quantity: number;
      approximate: boolean;
    }
  | {
      kind: "percentage-change";
      index: number;
      end: number;
      unit: string;
      direction: "increase" | "decrease";
      percent: number;
    };

const N = `(${NUMBER_SOURCE})`;
const ABOUT = "(about |around |some |over )?";

const REDUCTION = new RegExp(
  `\\breduc(?:e|ing) (?:the )?[^.;]*? from ${ABOUT}${N} (\\w+)(?: in the past)? to ${ABOUT}${N} \\3\\b`,
  "gi",
);
const STAGED = new RegExp(
  `\\bincreas(?:e|ing) (?:the )?([^.;]+?) from ${ABOUT}${N}\\b[^.;]*? to ${N} ([^,;]+?), and then to ${N} ([^,.;]+)`,
  "gi",
);
const BASELINE = new RegExp(
  `\\bincreas(?:e|ing) (?:the )?(?:total )?(?:number of )?(?:the )?([^.;]+?) from ${ABOUT}${N} to ${N}\\b`,
  "gi",
);
const PERCENTAGE = /\bby (more than |over |about |around )?(\d+(?:\.\d+)?)%/gi;
const CHANGE_VERB = /\b(increas|reduc)(?:e|ing)\b/gi;

function cleanUnit(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:the )?(?:total )?(?:number of )?(?:the )?/i, "")
    .replace(/[,;]$/, "")
    .trim();
}

export function findShapes(text: string): Shape[] {
  const shapes: Shape[] = [];
  const overlaps = (index: number, end: number) => shapes.some((s) => index < s.end && s.index < end);

  for (const m of text.matchAll(REDUCTION)) {
    const unit = m[3];
    shapes.push({
      kind: "reduction",
      index: m.index,
      end: m.index + m[0].length,
      unit,
      from: numberValue(m[2]),
      to: numberValue(m[5]),
      approximate: Boolean(m[1] || m[4]),
    });
  }
  for (const m of text.matchAll(STAGED)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    shapes.push({
      kind: "staged",
      index: m.index,
      end: m.index + m[0].length,
      unit: cleanUnit(m[1]),
      baseline: numberValue(m[3]),
      approximate: Boolean(m[2]),
      stages: [
        { quantity: numberValue(m[4]), deadlineText: m[5] },
        { quantity: numberValue(m[6]), deadlineText: m[7] },
      ],
    });
  }
  for (const m of text.matchAll(BASELINE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    shapes.push({
      kind: "baseline-count",
      index: m.index,
      end: m.index + m[0].length,
      unit: cleanUnit(m[1]),
      baseline: numberValue(m[3]),
      quantity: numberValue(m[4]),
      approximate: Boolean(m[2]),
    });
  }
  for (const m of text.matchAll(PERCENTAGE)) {
    const verbs = [...text.slice(0, m.index).matchAll(CHANGE_VERB)];
    const verb = verbs[verbs.length - 1];
    if (!verb || overlaps(verb.index, m.index + m[0].length)) continue;
    shapes.push({
      kind: "percentage-change",
      index: verb.index,
      end: m.index + m[0].length,
      unit: cleanUnit(text.slice(verb.index + verb[0].length, m.index)),
      direction: verb[1].toLowerCase() === "increas" ? "increase" : "decrease",
      percent: Number(m[2]),
    });
  }
  return shapes.sort((a, b) => a.index - b.index);
}
