import type { RichText } from "../register/schema";
import { emphasiseFigures } from "./figure-emphasis";

/** Bullet marks an officer may type at the start of a line; the annex adds its own. */
const LEADING_BULLET = /^\s*(?:[\u27A4\u2022\u25CF\u25AA\u2023\u2043*]|-(?=\s))\s*/;

/** An officer's Latest progress cell -> one emphasised bullet per non-empty line. */
export function narrativeBullets(text: string): RichText[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(LEADING_BULLET, "").replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .map(emphasiseFigures);
}
