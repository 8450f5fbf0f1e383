/** The first number written in digits: "1,214", "15.50", "4.2" of "$4.2bn". */
export const WRITTEN_DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/**
 * The significant digits of the first number written in digits: "42" of
 * "420,000", "42" of "4.2 million", "1550" of "15.50" (zeros after a decimal
 * point count, the trailing zeros of a whole number do not). Empty when
 * there is none ("forty", "a quarter").
 */
export function significantDigits(text: string): string {
  const m = WRITTEN_DIGITS.exec(text);
  if (!m) return '';
  const whole = m[1]!.replace(/,/g, '');
  const decimals = m[2] ?? '';
  const leading = (whole + decimals).replace(/^0+/, '');
  return decimals ? leading : leading.replace(/0+$/, '');
}
