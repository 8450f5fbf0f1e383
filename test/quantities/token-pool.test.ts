import { tokenize } from '../../src/quantities/tokens/tokenize';
import { TokenPool } from '../../src/quantities/tokens/token-pool';
import { extractQuantities } from '../../src/quantities/extract-quantities';

const plain = (tokens: ReturnType<typeof tokenize>) => tokens.map(({ kind, text, lower, start, end }) => ({ kind, text, lower, start, end }));

describe('TokenPool (token objects reused from text to text)', () => {
  test('pooled tokens read as fresh ones, text after text, shorter after longer', () => {
    const pool = new TokenPool();
    const texts = ['Some 1,250 People fled on Monday, 3.5% of 2,000,000.', 'Café: 12', '', 'About 300 troops and 2 tanks, 7'];
    for (const text of texts) {
      pool.restart();
      expect(plain(tokenize(text, pool))).toEqual(plain(tokenize(text)));
    }
  });

  test('a text longer than the pool keeps takes fresh tokens past it', () => {
    const pool = new TokenPool();
    const text = 'one 2 Three, '.repeat(1500);
    pool.restart();
    const first = plain(tokenize(text, pool));
    pool.restart();
    expect(plain(tokenize(text, pool))).toEqual(first);
    expect(first).toEqual(plain(tokenize(text)));
  });

  test('results do not depend on the claim extracted before', () => {
    const text = 'More than 300 soldiers were killed on 8 July 2021.';
    const alone = JSON.stringify(extractQuantities(text, { publishedAt: '2021-07-10' }));
    extractQuantities('Words word words, '.repeat(400) + '5 tanks', {});
    expect(JSON.stringify(extractQuantities(text, { publishedAt: '2021-07-10' }))).toBe(alone);
  });
});
