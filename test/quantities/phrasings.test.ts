import { extractQuantities } from '../../src/quantities';
import { NON_COUNTS, PHRASINGS } from './fixtures/phrasings';

describe('extractQuantities: news phrasings', () => {
  it('has a large fixture table', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(PHRASINGS.map((f) => [f.phrase, f] as const))('%s', (_phrase, f) => {
    const found = extractQuantities(f.phrase, { publishedAt: f.publishedAt });
    const q = found.find((x) => x.text === f.text);
    expect(q).toBeDefined();
    if (!q) return;
    expect(f.phrase.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(q.span.start).toBe(f.phrase.indexOf(f.text));
    expect(q.unit).toBe(f.unit);
    expect(q.value).toBeCloseTo(f.value, 6);
    expect(q.low).toBeCloseTo(f.low, 6);
    expect(q.high).toBeCloseTo(f.high, 6);
    expect(q.subject).toBe(f.subject);
    expect(q.qualifier).toBe(f.qualifier);
  });
});

describe('extractQuantities: numbers that are not counts', () => {
  it.each(NON_COUNTS.map((f) => [f.phrase, f.numbers] as const))('%s', (phrase, numbers) => {
    const counts = extractQuantities(phrase).filter((q) => q.unit === 'count' || q.unit === 'people');
    for (const n of numbers) {
      expect(counts.map((q) => q.text)).not.toContain(n);
      expect(counts.some((q) => q.text.includes(n))).toBe(false);
    }
  });

  it('reads the date beside a time and drops the time', () => {
    const found = extractQuantities('Published 07 July 2021 - 21:49');
    expect(found.map((q) => q.unit)).toEqual(['date']);
  });
});

describe('"up to" after a verb of movement', () => {
  const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.low, q.high]);

  it('is the rise itself, not a ceiling', () => {
    expect(read('The fuel duty goes up to 21 percent.')).toEqual([['21 percent', 21, 21]]);
    expect(read('Tram fares shot up to 4 euros.')).toEqual([['4 euros', 4, 4]]);
  });

  it('is still a ceiling elsewhere', () => {
    expect(read('The plant may shed up to 400 jobs.')[0]).toEqual(['up to 400', 200, 400]);
  });
});
