/** "1572" -> "1 572", "2.5" -> "2.5": the paper groups thousands with spaces. */
export function formatFigure(value: number, maxDecimals = 2): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: the general path prints whole 0 to 999 the same, so mutants that only skip it are equivalent (paper-figures.test.ts pins the bounds)
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
