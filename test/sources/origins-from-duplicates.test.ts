import { findNearDuplicates } from '../../src/sources/find-near-duplicates';
import { originsFromDuplicates } from '../../src/sources/origins-from-duplicates';
import { REPRINT, REPRINT_OF_REPRINT, UNRELATED, WIRE } from './fixtures';

describe('originsFromDuplicates', () => {
  it('gives copies one origin, the alphabetically first id of their group', () => {
    const articles = [WIRE, REPRINT, REPRINT_OF_REPRINT, UNRELATED];
    const origins = originsFromDuplicates(findNearDuplicates(articles), articles.map((a) => a.id));
    expect(origins).toEqual({ council: 'council', 'daily-reprint': 'daily-reprint', weekly: 'daily-reprint', wire: 'daily-reprint' });
  });

  it('follows chains of copies', () => {
    const origins = originsFromDuplicates([{ a: 'b', b: 'c' }, { a: 'c', b: 'd' }], ['d', 'c', 'b', 'a']);
    expect(origins).toEqual({ a: 'a', b: 'b', c: 'b', d: 'b' });
  });

  it('ignores pairs that name unknown ids and repeated ids', () => {
    expect(originsFromDuplicates([{ a: 'x', b: 'zz' }], ['x', 'x', 'y'])).toEqual({ x: 'x', y: 'y' });
    expect(originsFromDuplicates([], [])).toEqual({});
  });
});
