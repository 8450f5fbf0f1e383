import { crossReference } from '../../src/index';
import { aboutPastEvent, pastFigures, pastSetting } from '../../src/compare/past-event';
import { analyzeArticle } from '../../src/pipeline/analyze-article';
import { makeClaim, makeQuantity } from '../helpers/make-claim';

const DAY = 86_400_000;

function datedClaim(text: string, dateText: string, isoDay: string) {
  const at = Date.parse(isoDay);
  return makeClaim('a', 1, text, { quantities: [makeQuantity(text, dateText, { value: at, low: at, high: at + DAY - 1, unit: 'date' })] });
}

describe('aboutPastEvent', () => {
  it('reads a claim dated years before its article as an earlier event', () => {
    const text = 'The 7.9-magnitude tremor of June 2011 killed nearly 4,000 people.';
    expect(aboutPastEvent(datedClaim(text, 'June 2011', '2011-06-01'), '2023-05-10')).toBe(true);
  });

  it('does not for a date this year, nor for a past date that starts a span ("since 2011")', () => {
    const recent = 'The tremor of May 8 killed 40 people.';
    expect(aboutPastEvent(datedClaim(recent, 'May 8', '2023-05-08'), '2023-05-10')).toBe(false);
    const since = 'It was the deadliest tremor in Varnel since 2011.';
    expect(aboutPastEvent(datedClaim(since, '2011', '2011-01-01'), '2023-05-10')).toBe(false);
    const since2 = 'Prices have risen 12 per cent since the last wage deal in 2019.';
    expect(aboutPastEvent(datedClaim(since2, '2019', '2019-01-01'), '2023-05-10')).toBe(false);
  });

  it('reads "last year" and "a year earlier" without any date', () => {
    expect(aboutPastEvent(makeClaim('a', 1, 'The harbour handled 30 million tonnes last year.'))).toBe(true);
    expect(aboutPastEvent(makeClaim('a', 1, 'Exports had fallen 4% a year earlier.'))).toBe(true);
    expect(aboutPastEvent(makeClaim('a', 1, 'The harbour handled 3 million tonnes this month.'))).toBe(false);
  });

  it('does not read a start that goes on now as an earlier event ("began building three years ago")', () => {
    expect(aboutPastEvent(makeClaim('a', 1, 'The fund holds 12.4% of the miner, a stake it began building two years ago.'))).toBe(false);
    expect(aboutPastEvent(makeClaim('a', 1, 'The fund sold a 12.4% stake in the miner two years ago.'))).toBe(true);
    expect(aboutPastEvent(makeClaim('a', 1, 'The fire started a year ago and destroyed 1,100 homes.'))).toBe(true);
  });
});

describe('figures of an earlier event are not set against the news', () => {
  const published = '2023-05-10';
  const a = [
    'Tremor hits Varnel',
    '',
    'A magnitude 6.3 earthquake struck the Varnel hills on Tuesday, killing 40 people, regional officials said.',
    '',
    'The magnitude 7.9 earthquake of June 2011 killed nearly 4,000 people in the Varnel hills.',
  ].join('\n');
  const b = [
    'Quake in Varnel',
    '',
    'An earthquake of magnitude 6.3 shook the Varnel hills on Tuesday and killed 40 people, officials said.',
  ].join('\n');

  it('keeps the 2011 magnitude and toll out of the comparison with this week\'s', () => {
    const report = crossReference([
      { id: 'a', source: 'A', publishedAt: published, text: a },
      { id: 'b', source: 'B', publishedAt: published, text: b },
    ]);
    const conflicts = report.findings.filter((f) => f.kind === 'numeric-conflict' || f.kind === 'date-conflict');
    expect(conflicts.map((f) => f.summary)).toEqual([]);
  });
});

describe('a crisis looked back on, and the value a projection starts from', () => {
  const published = '2025-11-20';
  const projection = 'The finance ministry projects public debt falling to 151.5% of GDP by the end of 2026, from 156.2% this year.';
  const history = 'Public debt in Estrava peaked at more than 230 per cent of GDP during the pandemic.';

  it('marks a figure "during the pandemic" as an earlier event', () => {
    const { claims } = analyzeArticle({ id: 'a', text: history, publishedAt: published });
    expect(pastFigures(claims[0]!, published)).toEqual([true]);
  });

  it('never sets the crisis peak against this year\'s level nor the projection', () => {
    const report = crossReference([
      { id: 'a', source: 'A', publishedAt: published, text: `Estrava budget cuts debt. ${projection}` },
      { id: 'b', source: 'B', publishedAt: published, text: `Estrava unveils austerity budget. ${history}` },
    ]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.summary)).toEqual([]);
  });
});

describe('pastFigures', () => {
  it('binds a past marker to the figures near it with no other figure between', () => {
    const text = 'Consumer prices in Varnel rose 8.4% in April, up from 6.1% a year earlier.';
    const claim = makeClaim('a', 1, text, { quantities: [makeQuantity(text, '8.4%', { value: 8.4, low: 8.4, high: 8.4, unit: 'percent' }), makeQuantity(text, '6.1%', { value: 6.1, low: 6.1, high: 6.1, unit: 'percent' })] });
    expect(pastFigures(claim, '2023-05-10')).toEqual([false, true]);
  });

  it('marks every figure of an earlier event told around its date', () => {
    const text = 'The 7.9-magnitude tremor of June 2011 killed nearly 4,000 people.';
    const at = Date.parse('2011-06-01');
    const claim = makeClaim('a', 1, text, {
      quantities: [
        makeQuantity(text, '7.9-magnitude', { value: 7.9, low: 7.9, high: 7.9, unit: 'magnitude' }),
        makeQuantity(text, 'June 2011', { value: at, low: at, high: at + 30 * DAY, unit: 'date' }),
        makeQuantity(text, 'nearly 4,000', { value: 4000, low: 3600, high: 4000, unit: 'people' }),
      ],
    });
    expect(pastFigures(claim, '2023-05-10')).toEqual([true, true, true]);
  });
});

describe('a figure beside "a year earlier" is still this year\'s', () => {
  it('sets this April\'s inflation against another outlet\'s', () => {
    const report = crossReference([
      { id: 'a', source: 'A', publishedAt: '2023-05-10', text: 'Consumer prices in Varnel rose 8.4% in April, up from 6.1% a year earlier, the statistics office said.' },
      { id: 'b', source: 'B', publishedAt: '2023-05-10', text: 'Consumer prices in Varnel rose 9.2% in April, the statistics office said.' },
    ]);
    const conflicts = report.findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => f.evidence.map((e) => e.text))).toEqual([['8.4%', '9.2%']]);
  });
});

describe('pastSetting: a lifted clause about something its sentence sets in the past', () => {
  const published = '2025-08-14';
  /** The clause lifted from `text` and the claim it was lifted from. */
  function clauseAndParent(text: string) {
    const { claims } = analyzeArticle({ id: 'a', text, publishedAt: published });
    const clause = claims.find((c) => c.antecedent)!;
    const parent = claims.find((c) => c !== clause && c.span.start <= clause.antecedent!.span.start && clause.span.end <= c.span.end)!;
    return { clause, parent };
  }

  it('is true when a past date or phrase sets the phrase the clause describes', () => {
    const dated = clauseAndParent('In 2017, the Harl fire, which destroyed more than 900 homes along the ridge, was blamed on a power line.');
    expect(pastSetting(dated.clause, dated.parent, published)).toBe(true);
    const lastYear = clauseAndParent('Last year the Harl fire, which destroyed more than 900 homes, was blamed on a power line.');
    expect(pastSetting(lastYear.clause, lastYear.parent, published)).toBe(true);
  });

  it('is false for a sentence about the present, or a marker bound to another figure first', () => {
    const today = clauseAndParent('The Ossen fire, which destroyed more than 900 homes on Tuesday, was blamed on a power line.');
    expect(pastSetting(today.clause, today.parent, published)).toBe(false);
    const other = clauseAndParent('In 2017 crews fought 40 blazes, and this week the Ossen fire, which destroyed 900 homes, spread again.');
    expect(pastSetting(other.clause, other.parent, published)).toBe(false);
  });
});

describe('an earlier event named by its kind ("the last strike")', () => {
  it('reads "the last one", "the previous election" and "the last time" as earlier events', () => {
    expect(aboutPastEvent(makeClaim('a', 1, 'In the last one, dockers won a 9% rise.'))).toBe(true);
    expect(aboutPastEvent(makeClaim('a', 1, 'Turnout was 58% at the previous election.'))).toBe(true);
    expect(aboutPastEvent(makeClaim('a', 1, 'The last time the river rose this high, 40 homes flooded.'))).toBe(true);
  });

  it('does not for the news itself, nor for a span reaching the present', () => {
    expect(aboutPastEvent(makeClaim('a', 1, 'Rescuers reached the last survivors after 36 hours.'))).toBe(false);
    expect(aboutPastEvent(makeClaim('a', 1, 'Over the last week, 300 ships were held up.'))).toBe(false);
    expect(aboutPastEvent(makeClaim('a', 1, 'Prices have risen 12 per cent since the last strike.'))).toBe(false);
  });

  it('marks every figure of a claim it opens, up to a turn to the present', () => {
    const text = 'In the last one, dockers won an 8% rise after a 10-day stoppage.';
    const claim = makeClaim('a', 1, text, {
      quantities: [
        makeQuantity(text, '8%', { value: 8, low: 8, high: 8, unit: 'percent' }),
        makeQuantity(text, '10-day', { value: 10, low: 10, high: 10, unit: 'day' }),
      ],
    });
    expect(pastFigures(claim)).toEqual([true, true]);
    const turned = 'In the last one, dockers won an 8% rise, but now they want 15%.';
    const turnedClaim = makeClaim('a', 1, turned, {
      quantities: [
        makeQuantity(turned, '8%', { value: 8, low: 8, high: 8, unit: 'percent' }),
        makeQuantity(turned, '15%', { value: 15, low: 15, high: 15, unit: 'percent' }),
      ],
    });
    expect(pastFigures(turnedClaim)).toEqual([true, false]);
  });

  it('keeps the last strike\'s figures out of the comparison with this one\'s', () => {
    const report = crossReference([
      { id: 'a', text: 'Dockers at Varnel have been on strike for seven days, the union said. In the last one, dockers won an 8% rise after a 10-day stoppage.' },
      { id: 'b', text: 'Dockers at Varnel have been on strike for 10 days, the union said. The union wants a 15% pay rise for dockers.' },
    ]);
    const conflicts = report.findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.flatMap((f) => f.evidence.map((e) => e.text))).not.toContain('10-day');
    expect(conflicts.flatMap((f) => f.evidence.map((e) => e.text))).not.toContain('8%');
  });
});

describe('the value something changed from ("from 2,000 dinars to 2,500", "up from 2,000")', () => {
  it('is never set against another outlet\'s new value', () => {
    const report = crossReference([
      { id: 'ledger', text: 'The city council raised the single bus fare in Varno on Monday by a quarter, from 2,000 dinars to 2,500 dinars a ride.' },
      { id: 'radio', text: 'A single bus ride in Varno now costs 2,800 dinars, up from 2,000 before the council vote on Monday.' },
    ]);
    const conflicts = report.findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => f.evidence.map((e) => e.text))).toEqual([['2,500 dinars', '2,800 dinars']]);
  });

  it('is read only after "from" in a claim that tells of a change', async () => {
    const { isPreviousValue } = await import('../../src/compare/previous-value');
    const { claims } = analyzeArticle({ id: 'a', text: 'The toll rose to 40, up from 23 on Monday. Aid came from 12 countries.' });
    const read = claims.flatMap((c) => c.quantities.filter((q) => q.unit !== 'date').map((q) => [q.text, isPreviousValue(c, q)]));
    expect(read).toEqual([['40', false], ['23', true], ['12', false]]);
  });
});
