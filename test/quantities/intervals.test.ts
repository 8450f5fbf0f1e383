import { extractQuantities } from '../../src/quantities';
import type { Quantity } from '../../src/types';

const only = (text: string, publishedAt?: string): Quantity => {
  const found = extractQuantities(text, { publishedAt });
  expect(found).toHaveLength(1);
  return found[0];
};
const overlaps = (a: Quantity, b: Quantity): boolean => a.low <= b.high && b.low <= a.high;

describe('qualifier intervals', () => {
  it('keeps "more than 1,000" and "more than 1,500" apart', () => {
    expect(overlaps(only('more than 1,000 troops'), only('more than 1,500 troops'))).toBe(false);
  });

  it('lets an exact figure sit inside a vaguer one', () => {
    expect(overlaps(only('3 million refugees'), only('several million refugees'))).toBe(true);
    expect(overlaps(only('90 percent'), only('more than 90 percent'))).toBe(true);
  });

  it('separates clearly different exact figures', () => {
    expect(overlaps(only('a 1,357-kilometer border'), only('a 900-kilometer-long border'))).toBe(false);
  });

  it('widens ranges at both ends under "about"', () => {
    const q = only('about 300-400 homes');
    expect([q.low, q.high]).toEqual([270, 440]);
  });

  it('narrows "about" before two or more significant digits, unless the last is a 5', () => {
    const bounds = (text: string) => { const q = only(text); return [q.low, q.high]; };
    expect(bounds('about 420,000 voters')).toEqual([399000, 441000]);
    expect(bounds('some 4.2 million voters')).toEqual([3990000, 4410000]);
    expect(bounds('about 400,000 voters')).toEqual([360000, 440000]);
    expect(bounds('about 250 voters')).toEqual([225, 275]);
    expect(bounds('forty-odd voters')).toEqual([36, 44]);
  });

  it('caps qualified percentages at 100', () => {
    expect(only('over 95% of the votes').high).toBe(100);
  });

  it('does not read "over" before a duration as a qualifier', () => {
    const q = only('over two days of talks');
    expect(q.text).toBe('two days');
    expect(q.qualifier).toBeUndefined();
  });

  it('converts miles to kilometres on every bound', () => {
    const q = only('10 to 20 miles');
    expect(q.unit).toBe('km');
    expect(q.low).toBeCloseTo(16.09344, 6);
    expect(q.high).toBeCloseTo(32.18688, 6);
  });
});

describe('dates', () => {
  it('does not emit weekdays without a publication date', () => {
    expect(extractQuantities('The envoys met on Thursday.')).toEqual([]);
  });

  it('does not emit a month without a year or publication date', () => {
    expect(extractQuantities('The envoys met in April.')).toEqual([]);
  });

  it('takes a weekday on the publication day itself', () => {
    const q = only('The summit opened Friday.', '2021-07-09T18:30:00Z');
    expect(new Date(q.value).toISOString()).toBe('2021-07-09T00:00:00.000Z');
  });

  it('puts "last Friday" strictly before the publication day', () => {
    const q = only('The summit opened last Friday.', '2021-07-09');
    expect(new Date(q.value).toISOString().slice(0, 10)).toBe('2021-07-02');
    expect(q.text).toBe('last Friday');
  });

  it('leaves a weekday to the written date beside it', () => {
    const found = extractQuantities('It happened Wednesday, July 7, 2021.', { publishedAt: '2021-07-09' });
    expect(found.map((q) => q.text)).toEqual(['July 7, 2021']);
  });

  it('rejects impossible days', () => {
    expect(extractQuantities('on February 30, 2021').filter((q) => q.unit === 'date')).toEqual([]);
  });

  it('ignores an unreadable publication date', () => {
    expect(extractQuantities('on Monday', { publishedAt: 'yesterday' })).toEqual([]);
  });

  it('does not take "may" the verb for a month', () => {
    expect(extractQuantities('Talks may resume soon.', { publishedAt: '2021-07-09' })).toEqual([]);
  });
});
