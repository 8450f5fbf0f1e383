import { contentWords, lemma, normalWord } from '../../src/cluster/claim-terms';
import { CLUSTER_STOPWORDS } from '../../src/cluster/stopwords';

/** Content words as the plain pattern reads them: what the scan by character code must match. */
function reference(text: string): { lemma: string; start: number; end: number }[] {
  const out: { lemma: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const word = normalWord(m[0]);
    // A lower-case "march" is the word, not the month.
    if (word.length < 2 || (CLUSTER_STOPWORDS.has(word) && !(word === 'march' && m[0][0] === 'm'))) continue;
    out.push({ lemma: lemma(word), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const TEXTS = [
  'Troops fled the border town on Monday, officials said.',
  "The Taliban's fighters' well-known B-52 strikes -- 4,000 killed",
  'The minister’s aides—who spoke on condition of anonymity—denied it.',
  'Zürich and São Paulo reported 12 cases; the café closed.',
  'A combining mark: cafe\u0301 and nai\u0308ve words.',
  'Emoji 😀 between words, and math 𝐀𝐁 letters.',
  'Lone surrogate \ud800 here and ’tis a quote',
  "--- '' ’’ -a- 'b' x y zz",
  'Low surrogate \udc00x first, pair at the end 𝐀',
  'Strike strike STRIKE strikes: one spelling, then others, at new offsets',
  '',
];

describe('a month name written lower-case', () => {
  it('is a content word ("the march"), the month is not ("in March")', () => {
    expect(contentWords('Thousands joined the march in March.').map((w) => w.lemma)).toEqual(['join', 'march']);
  });
});

describe('contentWords', () => {
  it.each(TEXTS)('reads %j as the plain pattern does', (text) => {
    expect(contentWords(text)).toEqual(reference(text));
  });

  it('gives the same lemmas when a word is seen again', () => {
    const text = TEXTS[0]!;
    expect(contentWords(text)).toEqual(contentWords(text));
  });
});

describe('lemma of a compound people noun', () => {
  it('folds compounds of a people noun into it, so two outlets\' words meet', () => {
    expect(lemma('dockworkers')).toBe(lemma('workers'));
    expect(lemma('steelworker')).toBe(lemma('worker'));
    expect(lemma('townspeople')).toBe(lemma('people'));
  });

  it('folds only words at least three letters longer than the noun', () => {
    expect(lemma('worker')).toBe('worker');
    expect(lemma('coworker')).toBe('cowork');
  });
});
