/** Double quotation marks of any style: single quotes are too often apostrophes to count. */
export const DOUBLE_QUOTE_MARKS: readonly string[] = ['"', '“', '”', '„', '«', '»'];
const QUOTE_MARK = /["“”„«»]/;

/** True when the text contains directly quoted speech. */
export function hasDirectQuote(text: string): boolean {
  return typeof text === 'string' && QUOTE_MARK.test(text);
}
