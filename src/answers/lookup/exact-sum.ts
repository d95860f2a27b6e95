// Sums and differences of report figures without binary rounding: 170815.4 + 0.2 is 170815.6, not 170815.60000000003.

/** How many decimal places a figure is written with (170815.4 → 1). */
function decimalPlaces(value: number): number {
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]?.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** The exact sum of `terms`, each added (+1) or subtracted (−1) as its sign says. */
export function exactSum(terms: readonly { readonly value: number; readonly sign: 1 | -1 }[]): number {
  const places = Math.max(0, ...terms.map((term) => decimalPlaces(term.value)));
  const scale = 10 ** places;
  let total = 0n;
  for (const { value, sign } of terms) total += BigInt(Math.round(value * scale)) * BigInt(sign);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(places + 1, '0');
  const whole = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return Number(`${negative ? '-' : ''}${whole}`);
}

/** a ÷ b rounded to `places` decimals; null when b is 0. */
export function roundedRatio(a: number, b: number, places: number): number | null {
  if (b === 0) return null;
  const scale = 10 ** places;
  return Math.round((a / b) * scale) / scale;
}
