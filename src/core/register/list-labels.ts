import { DEPARTMENTS, type Department } from "../vocabulary";

/** "(I) Safeguarding Our Country and Home" -> numeral I; a heading without one is just a title. */
export function readAreaLabel(label: string): { numeral?: string; title: string } {
  const text = label.replace(/\s+/g, " ").trim();
  const m = /^\(([IVXLC]+)\)\s*(.+)$/.exec(text);
  return m ? { numeral: m[1], title: m[2] } : { title: text };
}

/** "(A) Safeguarding national security" -> letter A. */
export function readMeasureLabel(label: string): { letter?: string; title: string } {
  const text = label.replace(/\s+/g, " ").trim();
  const m = /^\(([A-Z])\)\s*(.+)$/.exec(text);
  return m ? { letter: m[1], title: m[2] } : { title: text };
}

/** The key by which a heading pasted twice is recognised as the same one. */
export function headingKey(title: string): string {
  return title.replace(/\s+/g, " ").trim().toLowerCase();
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(value: number): string {
  let rest = value;
  let numeral = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      numeral += letters;
      rest -= amount;
    }
  }
  return numeral;
}

export function fromRoman(numeral: string): number {
  let total = 0;
  let rest = numeral;
  for (const [amount, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      total += amount;
      rest = rest.slice(letters.length);
    }
  }
  return total;
}

/** "FSD, ImmD" / "HKPF and C&ED" -> the departments; an unknown name is an error naming it. */
export function readDepartments(
  cell: string,
): { ok: true; departments: Department[] } | { ok: false; error: string } {
  const names = cell
    .split(/\s*(?:[,;/]|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const departments: Department[] = [];
  for (const name of names) {
    const known = DEPARTMENTS.find((department) => department.toLowerCase() === name.toLowerCase());
    if (!known)
      return { ok: false, error: `unknown department "${name}" (known: ${DEPARTMENTS.join(", ")})` };
    if (!departments.includes(known)) departments.push(known);
  }
  return { ok: true, departments };
}
