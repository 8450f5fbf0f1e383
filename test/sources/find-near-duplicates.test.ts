import { CorroborateError } from '../../src/errors';
import { findNearDuplicates, SHINGLE_POSTING_CAP } from '../../src/sources/find-near-duplicates';
import { shingles } from '../../src/sources/shingles';
import { MASK_ARTICLES } from '../../src/sources/shared-by-mask';
import { REPRINT, REPRINT_OF_REPRINT, UNRELATED, WIRE } from './fixtures';

/** The pairs at or over `threshold`, from string shingles, for articles sorted by id. */
function bruteForce(articles: readonly { id: string; text: string }[], threshold: number): { a: string; b: string; overlap: number }[] {
  const expected: { a: string; b: string; overlap: number }[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const x = shingles(articles[i]!.text);
      const y = shingles(articles[j]!.text);
      const shared = [...x].filter((s) => y.has(s)).length;
      const overlap = shared / Math.min(x.size, y.size);
      if (overlap >= threshold) expected.push({ a: articles[i]!.id, b: articles[j]!.id, overlap });
    }
  }
  return expected;
}

describe('shingles', () => {
  it('makes lower-case word 5-grams and keeps numbers', () => {
    expect([...shingles('Forcing 4,200 Residents from their homes')]).toEqual([
      'forcing 4 200 residents from',
      '4 200 residents from their',
      '200 residents from their homes',
    ]);
  });

  it('keeps a short text as one shingle and an empty one as none', () => {
    expect([...shingles('Breaking news')]).toEqual(['breaking news']);
    expect(shingles('  ...  ').size).toBe(0);
    expect(shingles(undefined as unknown as string).size).toBe(0);
  });
});

describe('findNearDuplicates', () => {
  it('pairs the wire story with its lightly edited reprint and nothing else', () => {
    const pairs = findNearDuplicates([WIRE, REPRINT, UNRELATED]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'daily-reprint', b: 'wire' });
    expect(pairs[0]!.overlap).toBeGreaterThan(0.8);
    expect(pairs[0]!.overlap).toBeLessThanOrEqual(1);
  });

  it('scores containment over the smaller article, so a cut-down reprint still counts', () => {
    const [pair] = findNearDuplicates([WIRE, REPRINT_OF_REPRINT]);
    expect(pair).toMatchObject({ a: 'weekly', b: 'wire' });
  });

  it('gives the same sorted pairs in any input order', () => {
    const articles = [WIRE, REPRINT, REPRINT_OF_REPRINT, UNRELATED];
    const forward = findNearDuplicates(articles);
    expect(findNearDuplicates([...articles].reverse())).toEqual(forward);
    const keys = forward.map((p) => `${p.a}|${p.b}`);
    expect(keys).toEqual([...keys].sort());
    for (const p of forward) expect(p.a < p.b).toBe(true);
  });

  it('respects the threshold option', () => {
    expect(findNearDuplicates([WIRE, REPRINT], { threshold: 1 })).toEqual([]);
    expect(findNearDuplicates([WIRE, UNRELATED], { threshold: 0.01 })).toEqual([]);
  });

  it('handles empty input and empty texts without throwing', () => {
    expect(findNearDuplicates([])).toEqual([]);
    expect(findNearDuplicates([{ id: 'x', text: '' }, { id: 'y', text: '' }])).toEqual([]);
  });

  it('throws CorroborateError only on misuse', () => {
    expect(() => findNearDuplicates([WIRE, WIRE])).toThrow(CorroborateError);
    expect(() => findNearDuplicates([WIRE], { threshold: 2 })).toThrow(CorroborateError);
    expect(() => findNearDuplicates([WIRE], { threshold: Number.NaN })).toThrow(CorroborateError);
    expect(() => findNearDuplicates('nope' as never)).toThrow(CorroborateError);
  });

  it('finds no copies among many unrelated articles that share one stock phrase', () => {
    // Each article gets its own words from a counter, plus a phrase every outlet uses.
    const words = (i: number): string => Array.from({ length: 60 }, (_, k) => `w${(i * 60 + k).toString(36)}`).join(' ');
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `a${String(i).padStart(4, '0')}`,
      text: `${words(i)}. The ministry said in a statement on Monday.`,
    }));
    expect(findNearDuplicates(many)).toEqual([]);
  });

  it('finds exactly the pairs a brute-force comparison finds, among few articles and among many', () => {
    // Articles cut from the same sentences at different points, so overlaps vary.
    const base = `${WIRE.text} ${UNRELATED.text}`.split(' ');
    const cut = (i: number) => ({
      id: `p${String(i).padStart(2, '0')}`,
      text: base.slice((i * 7) % 40, ((i * 7) % 40) + 12 + ((i * 5) % 50)).join(' '),
    });
    // Up to MASK_ARTICLES, pairs are counted from bit masks; past it, from posting lists.
    for (const count of [MASK_ARTICLES, MASK_ARTICLES + 9]) {
      const articles = Array.from({ length: count }, (_, i) => cut(i));
      for (const threshold of [0.3, 0.5, 0.7, 0.9, 1]) expect(findNearDuplicates(articles, { threshold })).toEqual(bruteForce(articles, threshold));
    }
  });

  it('scores a verbatim repeat of a text as the text itself, and repeats beside near copies exactly', () => {
    const articles = [WIRE, { id: 'same', text: `${WIRE.text}` }, { id: 'same-again', text: WIRE.text.split('').join('') }, REPRINT, UNRELATED];
    const pairs = findNearDuplicates(articles, { threshold: 0.3 });
    expect(pairs).toEqual(bruteForce([...articles].sort((x, y) => (x.id < y.id ? -1 : 1)), 0.3));
    expect(pairs).toContainEqual({ a: 'same', b: 'wire', overlap: 1 });
  });

  it('gives the same pairs whatever was compared before (the table is reused between calls)', () => {
    const articles = [WIRE, REPRINT, REPRINT_OF_REPRINT, UNRELATED];
    const first = findNearDuplicates(articles, { threshold: 0.3 });
    findNearDuplicates([{ id: 'x', text: `${UNRELATED.text} ${WIRE.text}` }, { id: 'y', text: 'one two three four five six' }]);
    // Big enough that its table is not kept, and its marks are not the shared scratch.
    const words = (i: number) => Array.from({ length: 15000 }, (_, k) => `w${i}x${k}`).join(' ');
    findNearDuplicates(Array.from({ length: 3 }, (_, i) => ({ id: `big${i}`, text: `${words(i)} ${WIRE.text}` })));
    expect(findNearDuplicates(articles, { threshold: 0.3 })).toEqual(first);
    expect(first).toEqual(bruteForce([...articles].sort((x, y) => (x.id < y.id ? -1 : 1)), 0.3));
  });

  it('counts stock shingles too when scoring copies among more articles than the posting cap', () => {
    const words = (i: number): string => Array.from({ length: 20 }, (_, k) => `w${(i * 20 + k).toString(36)}`).join(' ');
    const stock = 'The ministry said in a statement on Monday.';
    const many = Array.from({ length: SHINGLE_POSTING_CAP + 50 }, (_, i) => ({ id: `a${String(i).padStart(4, '0')}`, text: `${words(i)}. ${stock}` }));
    // A verbatim copy of the first article and one that keeps only part of its own words.
    many.push({ id: 'copy', text: many[0]!.text }, { id: 'part', text: `${words(0).split(' ').slice(0, 9).join(' ')} ${stock}` });
    const overlap = (x: string, y: string): number => {
      const [sx, sy] = [shingles(x), shingles(y)];
      return [...sx].filter((s) => sy.has(s)).length / Math.min(sx.size, sy.size);
    };
    const [first, copy, part] = [many[0]!.text, many[many.length - 2]!.text, many[many.length - 1]!.text];
    expect(findNearDuplicates(many, { threshold: 0.3 })).toEqual([
      { a: 'a0000', b: 'copy', overlap: 1 },
      { a: 'a0000', b: 'part', overlap: overlap(first, part) },
      { a: 'copy', b: 'part', overlap: overlap(copy, part) },
    ]);
  });
});
