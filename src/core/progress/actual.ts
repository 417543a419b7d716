import type { CellValue } from "../tracking/cell-value";
import { numberFromWords } from "./number-words";
import { cutEntry, normaliseEntryText, quoteEntry } from "./entry-text";
import { formatFigure } from "./paper-figures";

/** How the officer qualified the figure: "about 580" is approximate, "over 3 100" is a lower bound. */
export type ActualQualifier = "approximate" | "at-least";

export type ActualParse =
  | {
      ok: true;
      value: number;
      /** What the parser took the entry to mean, e.g. `"HK$540 million" read as 540 000 000`. */
      understood: string;
      /** Written with a % sign (or "per cent"). */
      percent: boolean;
      qualifier: ActualQualifier | null;
    }
  | { ok: false; message: string };

const QUALIFIERS: ReadonlyArray<readonly [RegExp, ActualQualifier]> = [
  [
    /^(?:about|around|approximately|approx\.?|some|roughly|nearly|almost|close to|circa|c\.|~)\s*/,
    "approximate",
  ],
  [/^(?:over|more than|at least|no less than|not less than|not fewer than|above|>=?|≥)\s*/, "at-least"],
];
const CURRENCY = /^(?:hk\$|us\$|rmb|\$)\s*/;
const NUMBER = /^(\d{1,3}(?:[ ,]\d{3})+|\d+)(\.\d+)?(?:\s*(%|per ?cent|million|billion|thousand))?$/;
const LEADING_NUMBER = /^(\d{1,3}(?:[ ,]\d{3})+|\d+)(\.\d+)?\s+\S/;
const SEPARATORS = /[ ,]/g;
const PLAIN_NUMBER = /^(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\.\d+)?$/;
const FRACTION = /\d\s*\/\s*\d/;
const LOOKALIKE_LETTER = /\d[oOlI]|[oOlI]\d/;
const SCALES: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, thousand: 1e3 };

const EXAMPLE = "e.g. 1 572";

/**
 * Reads one figure as officers and the paper write it: "1 572", "1,572", "HK$540 million", "25.4%",
 * "about 580", "over 3 100", full-width digits, or a number typed into an Excel cell.
 */
export function parseActual(cell: CellValue | undefined): ActualParse {
  const scanned = scanActual(cell);
  if (!scanned.ok) return scanned;
  const understood =
    typeof cell === "string"
      ? describe(cell, scanned.value, scanned.percent, scanned.qualifier)
      : formatFigure(scanned.value, 6);
  return { ...scanned, understood };
}

export type ActualScan =
  | { ok: true; value: number; percent: boolean; qualifier: ActualQualifier | null }
  | { ok: false; message: string };

/** parseActual without the `understood` text: what the engine uses for every row. */
export function scanActual(cell: CellValue | undefined): ActualScan {
  if (cell === null || cell === undefined) return { ok: false, message: emptyMessage() };
  if (typeof cell === "boolean") {
    return { ok: false, message: `${cell ? "TRUE" : "FALSE"} is not a number — write digits, ${EXAMPLE}` };
  }
  if (typeof cell === "number") return fromCellNumber(cell);
  return fromText(cell);
}

function emptyMessage(): string {
  return `nothing entered where a figure is required — write digits, ${EXAMPLE}`;
}

function fromCellNumber(value: number): ActualScan {
  if (!Number.isFinite(value)) return { ok: false, message: `${value} is not a usable number` };
  if (value < 0) return { ok: false, message: negativeMessage(String(value)) };
  return { ok: true, value, percent: false, qualifier: null };
}

function negativeMessage(raw: string): string {
  return `${quoteEntry(raw)} is negative — a progress figure cannot be below zero`;
}

function fromText(raw: string): ActualScan {
  const text = normaliseEntryText(raw);
  if (text === "") return { ok: false, message: emptyMessage() };
  if (text.startsWith("=")) {
    return { ok: false, message: `${quoteEntry(raw)} is a formula — type the figure itself, ${EXAMPLE}` };
  }

  let rest = text.toLowerCase();
  const plain = PLAIN_NUMBER.exec(rest);
  if (plain)
    return { ok: true, value: Number(plain[0].replace(SEPARATORS, "")), percent: false, qualifier: null };
  let qualifier: ActualQualifier | null = null;
  for (const [pattern, kind] of QUALIFIERS) {
    const match = pattern.exec(rest);
    if (match) {
      qualifier = kind;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const currency = CURRENCY.exec(rest);
  if (currency) rest = rest.slice(currency[0].length);
  if (rest.startsWith("-") || rest.startsWith("−")) return { ok: false, message: negativeMessage(raw) };

  const match = NUMBER.exec(rest);
  if (!match) return { ok: false, message: explainRejection(raw, text, rest) };

  const whole = match[1].replace(SEPARATORS, "");
  const base = Number(whole + (match[2] ?? ""));
  const suffix = match[3];
  const percent = suffix !== undefined && (suffix === "%" || suffix.startsWith("per"));
  const scale = suffix !== undefined && !percent ? SCALES[suffix] : 1;
  const value = scale === 1 ? base : Number((base * scale).toPrecision(15));
  return { ok: true, value, percent, qualifier };
}

function describe(raw: string, value: number, percent: boolean, qualifier: ActualQualifier | null): string {
  const figure = `${formatFigure(value, 6)}${percent ? "%" : ""}`;
  const note = qualifier === "approximate" ? " (approximate)" : qualifier === "at-least" ? " (at least)" : "";
  return `${quoteEntry(raw)} read as ${figure}${note}`;
}

function explainRejection(raw: string, text: string, rest: string): string {
  const quoted = quoteEntry(raw);
  if (FRACTION.test(rest))
    return `${quoted} looks like a fraction or a date — enter a single figure, ${EXAMPLE}`;
  if (LOOKALIKE_LETTER.test(text)) {
    const fixed = text.replace(/[oO]/g, "0").replace(/[lI]/g, "1");
    return `${quoted} has a letter among the digits (O for 0, or l/I for 1) — did you mean ${cutEntry(fixed)}?`;
  }
  const leading = LEADING_NUMBER.exec(rest);
  if (leading) {
    return `${quoted} has words after the figure — enter the figure only, e.g. ${leading[1]}${leading[2] ?? ""}`;
  }
  const fromWords = numberFromWords(rest);
  if (fromWords !== null) return `${quoted} is not a number — write digits, e.g. ${formatFigure(fromWords)}`;
  return `${quoted} is not a number — write digits, ${EXAMPLE}`;
}
