import fc from 'fast-check';
import { extractClaims } from '../../src/claims';
import type { Sentence } from '../../src/types';

function sentenceOf(text: string, start = 0): Sentence {
  return { text, span: { start, end: start + text.length } };
}

/** Every character is in a claim or a skipped span, or is whitespace or joining material. */
function uncovered(text: string, start: number, spans: { start: number; end: number }[]): string {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const s of spans) for (let k = s.start - start; k < s.end - start; k++) covered[k] = true;
  return [...text].map((ch, k) => (covered[k] ? '' : ch)).join('');
}

describe('extractClaims on odd input', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \r\n\t '],
    ['NUL bytes', '\u0000\u0000 text \u0000'],
    ['emoji only', '🔥🔥🔥'],
  ])('%s gives an empty or skipped result without throwing', (_n, text) => {
    const r = extractClaims(sentenceOf(text, 5));
    expect(r.claims).toEqual([]);
  });

  test('non-objects do not throw', () => {
    expect(extractClaims(undefined as unknown as Sentence)).toEqual({ claims: [], skipped: [] });
    expect(extractClaims({ text: 42 } as unknown as Sentence)).toEqual({ claims: [], skipped: [] });
  });

  test('emoji, CRLF and RTL text keep exact spans', () => {
    const text = 'The 🚢 ferry sailed at dawn,\r\nand the שלום crew said the sea was calm.';
    const r = extractClaims(sentenceOf(text, 7));
    expect(r.claims.length).toBe(2);
    for (const c of r.claims) expect(text.slice(c.span.start - 7, c.span.end - 7)).toBe(c.text);
  });

  test('a very long sentence completes and keeps spans valid', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `crew ${i} and`).join(' ') + ' the boats sank, and the port closed.';
    const r = extractClaims(sentenceOf(text));
    expect(r.claims.length).toBeGreaterThan(0);
    for (const c of r.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  test('input is not mutated and output is deterministic', () => {
    const s = sentenceOf('The mill closed, and the workers left, officials said.', 3);
    const copy = JSON.parse(JSON.stringify(s));
    const a = extractClaims(s);
    const b = extractClaims(s);
    expect(s).toEqual(copy);
    expect(a).toEqual(b);
  });

  test('only whitespace and joiners are left outside claims', () => {
    const text = 'The mill closed; however, the workers stayed, and the union said it would appeal, adding that talks continue.';
    const r = extractClaims(sentenceOf(text, 11));
    const rest = uncovered(text, 11, r.claims.map((c) => c.span));
    expect(rest.replace(/\s|,|;|however|and|adding|that/g, '')).toBe('');
    expect(r.claims).toHaveLength(4);
  });

  test('property: spans always slice back and stay inside the sentence', () => {
    const words = fc.constantFrom(
      'the', 'army', 'said', 'and', 'but', ',', ';', '"', '“', '”', 'officials', 'fled', 'met', 'agreed', 'to', 'not',
      'while', 'according', 'as', 'well', '1,000', '🙂', '\r\n', 'that', 'reportedly', '?', '!', '(', ')', '—', 'denied',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.nat(1000), (parts, start) => {
        const text = parts.join(' ');
        const r = extractClaims(sentenceOf(text, start));
        for (const c of r.claims) {
          expect(text.slice(c.span.start - start, c.span.end - start)).toBe(c.text);
          expect(c.text).toBe(c.text.trim());
          if (c.attribution?.span) expect(text.slice(c.attribution.span.start - start, c.attribution.span.end - start)).toBe(c.attribution.speaker);
        }
        for (const s of r.skipped) expect(s.span.start).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 300 },
    );
  });
});
