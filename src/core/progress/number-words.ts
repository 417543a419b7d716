/** English number words: the digits an officer meant by "seven hundred", and the words KPI texts use. */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/** "seven hundred" -> 700, "two thousand and fifty" -> 2050; null when the words are not a number. */
export function numberFromWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, " ")
    // Runs of spaces give empty words, which the filter drops.
    .split(/\s/)
    .filter((w) => w !== "" && w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word in NUMBER_WORDS) {
      current += NUMBER_WORDS[word];
    } else if (word === "hundred") {
      current = (current || 1) * 100;
    } else if (word in MULTIPLIERS) {
      total += (current || 1) * MULTIPLIERS[word];
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}
