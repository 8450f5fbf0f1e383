import fc from 'fast-check';
import { createIndex, loadIndex, mergeIndexes, crossReference, renderJson, CorroborateError } from '../../src/index';
import type { ArticleInput, CorroborateIndex, SavedIndex } from '../../src/index';

// A small invented story told by several outlets, with a figure they disagree on.
const ARTICLES: ArticleInput[] = [
  { id: 'harbour-daily', source: 'Harbour Daily', publishedAt: '2024-03-04',
    text: 'About 400 workers walked out of the Dunmore shipyard on Monday. The union said pay talks had failed.' },
  { id: 'coast-radio', source: 'Coast Radio', publishedAt: '2024-03-04',
    text: 'More than 900 workers walked out of the Dunmore shipyard on Monday, union leaders said.' },
  { id: 'valley-times', source: 'Valley Times', publishedAt: '2024-03-05',
    text: 'The Dunmore shipyard strike entered its second day. Managers denied that pay talks had failed.' },
  { id: 'metro-wire', source: 'Metro Wire', publishedAt: '2024-03-05',
    text: 'Shipyard owner Kestrel Marine said output at Dunmore fell by 30 percent during the strike.' },
  { id: 'gazette', source: 'The Gazette',
    text: 'Kestrel Marin confirmed that roughly 400 staff stopped work at the yard.' },
];

/** Each article's index, analysed once; sets of them are assembled without merge so merge is tested against them. */
const singles = new Map(ARTICLES.map((a) => {
  const index = createIndex();
  index.add(a);
  return [a.id, index.toJSON()] as const;
}));
const indexOf = (ids: readonly string[]): CorroborateIndex =>
  loadIndex({ format: 'corroborate-index', version: 1, options: {}, analyses: ids.map((id) => singles.get(id)!.analyses[0]) });
const articlesOf = (ids: Iterable<string>) => ARTICLES.filter((a) => [...ids].includes(a.id));
const reportOf = (index: CorroborateIndex) => renderJson(index.report());

/** Any subset of the articles, possibly empty. */
const idSet = fc.subarray(ARTICLES.map((a) => a.id));

describe('merging indexes', () => {
  it('gives the report crossReference gives on every article either held', () => {
    fc.assert(fc.property(idSet, idSet, (a, b) => {
      const merged = mergeIndexes(indexOf(a), indexOf(b));
      const union = new Set([...a, ...b]);
      expect(merged.size).toBe(union.size);
      expect(reportOf(merged)).toBe(renderJson(crossReference(articlesOf(union))));
    }), { numRuns: 25 });
  });

  it('is commutative and associative', () => {
    fc.assert(fc.property(idSet, idSet, idSet, (a, b, c) => {
      expect(reportOf(mergeIndexes(indexOf(a), indexOf(b)))).toBe(reportOf(mergeIndexes(indexOf(b), indexOf(a))));
      const left = mergeIndexes(mergeIndexes(indexOf(a), indexOf(b)), indexOf(c));
      const right = mergeIndexes(indexOf(a), mergeIndexes(indexOf(b), indexOf(c)));
      expect(reportOf(left)).toBe(reportOf(right));
      expect(left.toJSON().analyses.map((x) => x.article.id).sort()).toEqual(right.toJSON().analyses.map((x) => x.article.id).sort());
    }), { numRuns: 25 });
  });

  it('is idempotent: merging an index with itself or a saved copy of itself changes nothing', () => {
    const index = indexOf(['harbour-daily', 'coast-radio']);
    const before = reportOf(index);
    index.merge(index);
    index.merge(JSON.parse(JSON.stringify(index)) as SavedIndex);
    expect(index.size).toBe(2);
    expect(reportOf(index)).toBe(before);
  });

  it('takes saved JSON as well as live indexes and leaves the inputs of mergeIndexes unchanged', () => {
    const a = indexOf(['harbour-daily']);
    const saved = JSON.parse(JSON.stringify(indexOf(['coast-radio', 'gazette']))) as SavedIndex;
    const merged = mergeIndexes(a, saved);
    expect(merged.size).toBe(3);
    expect(a.size).toBe(1);
    expect(saved.analyses).toHaveLength(2);
    a.merge(saved);
    expect(reportOf(a)).toBe(reportOf(merged));
  });

  it('treats options that report alike as the same and keeps them in the result', () => {
    const a = createIndex({ tolerance: 0.05, relations: {} });
    a.add(ARTICLES[0]);
    a.merge(indexOf(['coast-radio']));
    expect(a.toJSON().options).toEqual({ tolerance: 0.05, relations: {} });
    expect(reportOf(a)).toBe(renderJson(crossReference(ARTICLES.slice(0, 2))));
  });

  it('refuses an article analysed differently under the same id, and changes nothing', () => {
    const index = indexOf(['harbour-daily', 'coast-radio']);
    const other = createIndex();
    other.add({ id: 'metro-wire', text: 'Unrelated text.' });
    other.add({ ...ARTICLES[1], text: `${ARTICLES[1].text} A late correction.` });
    expect(() => index.merge(other)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', message: expect.stringContaining('coast-radio') }));
    expect(index.size).toBe(2);
    expect(index.has('metro-wire')).toBe(false);
    expect(() => mergeIndexes(other, index)).toThrow(CorroborateError);
  });

  it('refuses indexes built with different options', () => {
    const strict = createIndex({ tolerance: 0.02 });
    expect(() => strict.merge(indexOf(['gazette']))).toThrow(expect.objectContaining({ code: 'INVALID_INDEX' }));
    const related = createIndex({ relations: { gazette: 'Metro Wire' } });
    expect(() => mergeIndexes(related, createIndex())).toThrow(expect.objectContaining({ code: 'INVALID_INDEX' }));
    expect(strict.size).toBe(0);
  });

  it('refuses what is not an index, as loadIndex does', () => {
    const index = createIndex();
    expect(() => index.merge({ format: 'something-else' } as unknown as SavedIndex)).toThrow(expect.objectContaining({ code: 'INVALID_INDEX' }));
    expect(() => index.merge(null as unknown as SavedIndex)).toThrow(CorroborateError);
    expect(() => mergeIndexes({} as SavedIndex, index)).toThrow(expect.objectContaining({ code: 'INVALID_INDEX' }));
  });
});
