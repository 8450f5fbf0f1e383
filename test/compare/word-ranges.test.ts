import { wordBounds } from '../../src/compare/word-ranges';

/** The regex wordBounds stands in for. */
const ANY_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,-]*/gu;
const byRegex = (text: string) => [...text.matchAll(ANY_WORD)].map((m) => [m.index!, m.index! + m[0].length]);

describe('wordBounds', () => {
  it.each([
    '',
    'The fund grew 4,200.5-fold, officials said.',
    "Zürich's naïve café — ok",
    'e\u0301te\u0301 \u0301a',
    '𝐀bc 𝟘1 😀x',
    'lone \ud800a and a\udc00b',
    '日本語 ٣٤ ١ x’y \'q\' ...',
  ])('finds the words the Unicode regex finds in %j', (text) => {
    const { starts, ends } = wordBounds(text);
    expect(starts.map((start, k) => [start, ends[k]])).toEqual(byRegex(text));
  });
});
