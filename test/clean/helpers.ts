import type { CleanedArticle } from '../../src/types';

/** Every span is exact, and every non-whitespace character is in a block or a skipped span. */
export function expectFullCoverage(cleaned: CleanedArticle): void {
  const { text } = cleaned;
  const covered = new Array<boolean>(text.length).fill(false);
  const mark = (start: number, end: number): void => {
    for (let i = start; i < end; i++) {
      expect(covered[i]).toBe(false);
      covered[i] = true;
    }
  };
  for (const block of cleaned.blocks) {
    expect(text.slice(block.span.start, block.span.end)).toBe(block.text);
    expect(block.text).toBe(block.text.trim());
    mark(block.span.start, block.span.end);
  }
  for (const skip of cleaned.skipped) {
    const slice = text.slice(skip.span.start, skip.span.end);
    expect(slice.length).toBeGreaterThan(0);
    expect(slice).toBe(slice.trim());
    mark(skip.span.start, skip.span.end);
  }
  for (let i = 0; i < text.length; i++) {
    if (!/\s/u.test(text[i] as string)) expect(covered[i]).toBe(true);
  }
}

/** Skipped lines as [text, reason] pairs. */
export function skippedOf(cleaned: CleanedArticle): [string, string][] {
  return cleaned.skipped.map((s) => [cleaned.text.slice(s.span.start, s.span.end), s.reason]);
}
