import type { Claim, Quantity } from '../../src/types';
import type { Figure, FigurePair } from '../../src/compare/match-figures';
import { dateLabel, findDateConflicts, mayDateOneEvent } from '../../src/compare/date-conflicts';

const DAY = 86_400_000;
const day = (iso: string) => ({ low: Date.parse(iso), high: Date.parse(iso) + DAY - 1 });
const month = (y: number, m: number) => ({ low: Date.UTC(y, m, 1), high: Date.UTC(y, m + 1, 1) - 1 });
const year = (y: number) => ({ low: Date.UTC(y, 0, 1), high: Date.UTC(y + 1, 0, 1) - 1 });

/** A date figure alone in claim `n` of an article, starting at character 100 * n. */
function figure(articleId: string, text: string, span: { low: number; high: number }, n = 1): Figure {
  const start = 100 * n;
  const q: Quantity = { text, span: { start, end: start + text.length }, value: span.low, ...span, unit: 'date' };
  const claim = { id: `${articleId}#${n}`, articleId, text, span: { ...q.span }, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context: [] };
}

const pair = (a: Figure, b: Figure): FigurePair => ({ a, b, similarity: 1, gap: 0 });
const conflicts = (pairs: FigurePair[]) => findDateConflicts(pairs, 1, () => undefined);

describe('dates that cannot be one event\'s', () => {
  it('leaves out a month years before a day another outlet gives', () => {
    const background = figure('herald', 'March 2016', month(2016, 2));
    const news = figure('courier', 'Tuesday', day('2023-05-09'));
    expect(mayDateOneEvent(background.q, news.q)).toBe(false);
    expect(conflicts([pair(background, news)])).toEqual([]);
  });

  it('leaves out a year years before a day, whichever comes first in the pair', () => {
    expect(mayDateOneEvent(day('2023-05-09'), year(2011))).toBe(false);
  });

  it('keeps two days far apart: one of them may carry a wrong year', () => {
    const a = figure('herald', 'May 9, 2013', day('2013-05-09'));
    const b = figure('courier', 'May 9', day('2023-05-09'));
    expect(mayDateOneEvent(a.q, b.q)).toBe(true);
    expect(conflicts([pair(a, b)])).toHaveLength(1);
  });

  it('keeps a month that misses a day by weeks', () => {
    const a = figure('herald', 'in March', month(2023, 2));
    const b = figure('courier', 'May 9', day('2023-05-09'));
    expect(mayDateOneEvent(a.q, b.q)).toBe(true);
    const [finding] = conflicts([pair(a, b)]);
    expect(finding.kind).toBe('date-conflict');
    expect(finding.evidence.map((e) => e.text).sort()).toEqual(['May 9', 'in March']);
  });

  it('keeps a real conflict of a fact while dropping its background date', () => {
    const news = figure('courier', 'Tuesday', day('2023-05-09'));
    const other = figure('gazette', 'Thursday', day('2023-05-04'));
    const background = figure('herald', 'March 2016', month(2016, 2));
    const [finding, ...rest] = conflicts([pair(news, other), pair(background, news)]);
    expect(rest).toEqual([]);
    expect(finding.evidence.map((e) => e.text).sort()).toEqual(['Thursday', 'Tuesday']);
    expect(finding.summary).toContain('5 days apart');
  });
});

describe('an outlet that also gives the other outlet\'s date', () => {
  it('does not dispute it: its second date belongs to another event', () => {
    const rateCut = figure('herald', 'Friday', day('2023-05-05'));
    const sameCut = figure('courier', 'Friday', day('2023-05-05'));
    const inflationMonth = figure('courier', 'in April', month(2023, 3), 2);
    // The courier's April claim, matched to the herald's Friday, is not a second date for the cut.
    expect(conflicts([pair(rateCut, sameCut), pair(rateCut, inflationMonth)])).toEqual([]);
  });

  it('still disputes a date no figure of the other outlet agrees with, citing only the dates in dispute', () => {
    const left = figure('herald', 'Thursday', day('2023-05-04'));
    const leftToo = figure('gazette', 'Thursday', day('2023-05-04'));
    const setOff = figure('courier', 'Saturday', day('2023-05-06'));
    const [finding, ...rest] = conflicts([pair(left, setOff), pair(leftToo, setOff), pair(left, leftToo)]);
    expect(rest).toEqual([]);
    expect(finding.summary).toBe('Sources date the same event 2 days apart: Thursday = 2023-05-04 (gazette and herald) vs Saturday = 2023-05-06 (courier)');
    expect(finding.evidence.map((e) => e.articleId)).toEqual(['courier', 'gazette', 'herald']);
  });
});

describe('a date that bounds an event', () => {
  /** A date figure in a claim of its own words, the date at the end. */
  function inClaim(articleId: string, words: string, text: string, span: { low: number; high: number }): Figure {
    const f = figure(articleId, text, span);
    const claimText = `${words} ${text}`;
    const start = f.q.span.start - words.length - 1;
    f.claim = { ...f.claim, text: claimText, span: { start, end: f.q.span.end } } as Claim;
    return f;
  }

  it('agrees with an earlier day for the event ("by Thursday" against "on Wednesday")', () => {
    const limit = inClaim('herald', 'The toll had climbed to five by', 'Thursday', day('2023-05-11'));
    const on = inClaim('courier', 'The toll rose to five on', 'Monday', day('2023-05-08'));
    expect(conflicts([pair(limit, on)])).toEqual([]);
    expect(conflicts([pair(on, limit)])).toEqual([]);
  });

  it('is disputed by a later day, and two limits are compared as dates', () => {
    const limit = inClaim('herald', 'The toll had climbed to five by the end of', 'Thursday', day('2023-05-11'));
    const later = inClaim('courier', 'The toll rose to five on', 'Sunday', day('2023-05-14'));
    expect(conflicts([pair(limit, later)])).toHaveLength(1);
    const otherLimit = inClaim('courier', 'The work is due to end before', 'Sunday', day('2023-05-14'));
    expect(conflicts([pair(limit, otherLimit)])).toHaveLength(1);
  });
});

describe('dateLabel', () => {
  it('writes a date as precisely as it was given', () => {
    expect(dateLabel(day('2023-05-09'))).toBe('2023-05-09');
    expect(dateLabel(month(2023, 9))).toBe('2023-10');
    expect(dateLabel(month(2023, 11))).toBe('2023-12');
    expect(dateLabel(year(2019))).toBe('2019');
    expect(dateLabel({ low: Date.UTC(2023, 0, 1), high: Date.UTC(2023, 2, 1) - 1 })).toBe('2023-01-01');
  });
});
