import { NUMBER_SOURCE, numberValue, unitAfter } from "./quantities";

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
      /** "by more than 50%", "by over 50%": the figure itself falls short. */
      strict: boolean;
    }
  | {
      kind: "level";
      index: number;
      end: number;
      /** Empty when the text does not say what the level measures. */
      unit: string;
      comparison: "at-least" | "at-most" | "below";
      level: number;
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
const PERCENTAGE = /\bby (more than |over |at least |about |around )?(\d+(?:\.\d+)?)%/gi;
const CHANGE_VERB = /\b(increas|reduc)(?:e|ing)\b/gi;
/** "process 95% of applications within 4 weeks": a service standard. */
const SERVICE_LEVEL = new RegExp(
  `\\b(?:at least )?(\\d+(?:\\.\\d+)?)(?:%| per cent) of (?:the |all )?([^,.;%]+?) (?:within|in) (${NUMBER_SOURCE}) ((?:working |calendar )?days|weeks|months|hours|minutes|seconds)\\b`,
  "gi",
);
/** "to below 700", "at no more than 5%": lower is better. */
const CEILING = new RegExp(
  `\\b(?:to|at) (below|under|less than|no more than|not more than|at most|not exceeding|no higher than) ${N}(%| per cent)?`,
  "gi",
);
/** What a ceiling measures when no unit follows the figure: "Reduce the number of pending claims to below 700". */
const CEILING_SUBJECT =
  /\b(?:reduc|lower|keep|maintain|contain|cut|bring)(?:e|es|ing|s)?(?: down)? (?:the )?(?:total )?(?:number of )?(?:the )?([^,.;]+?)\s*$/i;

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
      strict: /^(more than|over) $/i.test(m[1] ?? ""),
    });
  }
  for (const m of text.matchAll(SERVICE_LEVEL)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    shapes.push({
      kind: "level",
      index: m.index,
      end: m.index + m[0].length,
      unit: `% of ${m[2].trim()} within ${m[3]} ${m[4]}`,
      comparison: "at-least",
      level: Number(m[1]),
    });
  }
  for (const m of text.matchAll(CEILING)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end)) continue;
    const subject = CEILING_SUBJECT.exec(text.slice(0, m.index))?.[1] ?? "";
    const percent = Boolean(m[3]);
    const after = percent ? "" : unitAfter(text, end);
    shapes.push({
      kind: "level",
      index: m.index,
      end,
      unit: percent ? (subject ? `% (${subject})` : "") : after || subject,
      comparison: /^(below|under|less than)$/i.test(m[1]) ? "below" : "at-most",
      level: numberValue(m[2]),
    });
  }
  return shapes.sort((a, b) => a.index - b.index);
}
