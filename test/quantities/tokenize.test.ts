import { tokenize } from '../../src/quantities/tokens/tokenize';

/** The tokens as the one regex finds them: `tokenize` reads ASCII by hand and must agree with it. */
function regexTokens(text: string): { kind: string; text: string; start: number; end: number }[] {
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?)|([\p{L}\p{M}]+)|(\S)/gu;
  return [...text.matchAll(re)].map((m) => ({
    kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct',
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

describe('tokenize (hand-read ASCII, regex for the rest)', () => {
  test.each([
    'Some 1,250 people fled; 3.5% of 2,000,000.',
    '1,2345 and 1,23 and 1, 234 and 3. and .5 and 1,234.56.78',
    'The café in Şırnak: naïve e\u0301tudes, ﬁnal İstanbul ß.',
    'abc\u0301def x\u0308 éa aé',
    'Tabs\tand\nlines\r\n\v\f and\u00a0no-break\u2009thin\u3000wide\ufeffbom',
    '“Five” – said — the envoy… 😀 \ud83d lone \ude00 high',
    '٣ Arabic digit, ０ full-width, ² superscript, ½ half',
    '\u0000\u001c\u0085 controls and $5 €3bn £2 US$4',
    '',
    '   ',
  ])('agrees with the token regex: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.map(({ kind, text: t, start, end }) => ({ kind, text: t, start, end }))).toEqual(regexTokens(text));
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
  });
});
