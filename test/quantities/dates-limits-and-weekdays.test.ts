import { extractQuantities } from '../../src/quantities';

/** The first and last day (YYYY-MM-DD) of each date in `text`, by its text, read against `publishedAt`. */
function days(text: string, publishedAt: string): Record<string, string> {
  const out: Record<string, string> = {};
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (const q of extractQuantities(text, { publishedAt })) {
    if (q.unit === 'date') out[q.text] = q.low === q.value && day(q.low) === day(q.high) ? day(q.low) : `${day(q.low)}..${day(q.high)}`;
  }
  return out;
}

// 2024-05-14 is a Tuesday.
const MID_MAY = '2024-05-14';

describe('the end of a month', () => {
  it('reads "the end of June" and "end-June" as the last part of the month', () => {
    expect(days('The port authority has until the end of June to publish its audit.', MID_MAY)).toEqual({ 'end of June': '2024-06-21..2024-06-30' });
    expect(days('Grain exports should recover by end-June.', MID_MAY)).toEqual({ 'end-June': '2024-06-21..2024-06-30' });
  });
});

describe('a limit right before the date looks ahead when nothing else says', () => {
  it.each([
    ['Growers have until the end of June to register their fields, the ministry said.', 'end of June', '2024-06-21..2024-06-30'],
    ['Tenants have until June 3 to file, the council said.', 'June 3', '2024-06-03'],
    ['The refinery must resume deliveries by Friday, the regulator said.', 'Friday', '2024-05-17'],
    ['Bids are open before May 30, the agency said.', 'May 30', '2024-05-30'],
  ])('%s', (text, date, day) => {
    expect(days(text, MID_MAY)[date]).toBe(day);
  });

  it('stays in the past when a past verb governs the clause', () => {
    expect(days('The dock strike lasted until June 3.', MID_MAY)).toEqual({ 'June 3': '2023-06-03' });
  });
});

describe('future marking beyond "will"', () => {
  // 2024-05-21 is a Tuesday.
  const TUESDAY = '2024-05-21';
  it.each([
    ['Volunteers packed sandbags on Monday ahead of the regatta on Sunday, with roads closed nearby.', 'Sunday', '2024-05-26'],
    ['The governor said the boil-water notice could be lifted as early as Saturday.', 'Saturday', '2024-05-25'],
    ['Hydrologists expected the river to crest on Thursday, though the levees held.', 'Thursday', '2024-05-23'],
    ['The toll bridge will be reopened on Friday.', 'Friday', '2024-05-24'],
    ['The final hearing may be held on Monday.', 'Monday', '2024-05-27'],
  ])('%s', (text, date, day) => {
    expect(days(text, TUESDAY)[date]).toBe(day);
  });

  it('reads a date before "deadline" as the nearest occurrence, whatever the verb', () => {
    expect(days('Lenders agreed a July 15 deadline for the restructuring, bankers said.', TUESDAY)).toEqual({ 'July 15': '2024-07-15' });
  });
});

describe('a weekday written with its date', () => {
  // 2024-05-26 is a Sunday; 2023-05-26 a Friday.
  it.each([
    ['Mara Voss will face Ilya Brent, who took 31.2 percent, in a second round on Sunday, May 26.', 'May 26'],
    ['The second round is on Sunday May 26, the commission said.', 'May 26'],
    ['Polling stations open at dawn on Sunday, 26 May.', '26 May'],
  ])('%s', (text, date) => {
    const found = days(text, '2024-05-13');
    expect(found[date]).toBe('2024-05-26');
    expect(found.Sunday).toBeUndefined();
  });

  it('skips a relative clause set off by commas when looking for the tense', () => {
    expect(days('Mara Voss will face Ilya Brent, who took 31.2 percent, in a second round on June 9.', '2024-05-13')).toEqual({ 'June 9': '2024-06-09' });
  });
});
