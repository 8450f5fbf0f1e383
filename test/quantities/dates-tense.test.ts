import { extractQuantities } from '../../src/quantities';

/** The day (YYYY-MM-DD) each date in `text` starts on, by its text, read against `publishedAt`. */
function days(text: string, publishedAt: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of extractQuantities(text, { publishedAt })) {
    if (q.unit === 'date') out[q.text] = new Date(q.low).toISOString().slice(0, 10);
  }
  return out;
}

// 2023-05-09 is a Tuesday.
const TUESDAY = '2023-05-09';

describe('weekdays in clauses that look ahead', () => {
  it.each([
    ['Negotiators for the bakers and the mills are due to resume talks at 09:30 on Thursday in Varnel.', 'Thursday', '2023-05-11'],
    ['Ministers said the council would meet on Saturday to approve the repairs.', 'Saturday', '2023-05-13'],
    ['The ferry service will restart on Monday, the operator said.', 'Monday', '2023-05-15'],
    ['The regional assembly is expected to vote on Friday.', 'Friday', '2023-05-12'],
    ['The new bridge at Ostrel is set to open on Sunday.', 'Sunday', '2023-05-14'],
    ["The mayor said they'll sign the lease on Wednesday.", 'Wednesday', '2023-05-10'],
    ['On Friday, the board will decide on the merger.', 'Friday', '2023-05-12'],
    ['The union plans to march on Tuesday.', 'Tuesday', TUESDAY],
  ])('%s', (text, date, day) => {
    expect(days(text, TUESDAY)[date]).toBe(day);
  });

  it('reads "Friday next week" as the Friday of the following week', () => {
    expect(days('The two delegations will meet again on Friday next week.', TUESDAY)).toEqual({ Friday: '2023-05-19' });
  });
});

describe('weekdays in clauses told in the past or not marked', () => {
  it.each([
    ['The strike at the Varnel mills ended Thursday.', 'Thursday', '2023-05-04'],
    ['The ministry said on Monday that 300 bakers had gone back to work.', 'Monday', '2023-05-08'],
    ['The convoy had left Ostrel, in the north, on Saturday.', 'Saturday', '2023-05-06'],
    ['The market reopened on Tuesday.', 'Tuesday', TUESDAY],
    ['The flights were cancelled due to a storm on Friday.', 'Friday', '2023-05-05'],
    ['The next day, on Sunday, the crowds came back.', 'Sunday', '2023-05-07'],
    ['The union, which will meet in June, said it walked out on Monday.', 'Monday', '2023-05-08'],
  ])('%s', (text, date, day) => {
    expect(days(text, TUESDAY)[date]).toBe(day);
  });

  it('keeps "last Friday" strictly before publication even in a clause that looks ahead', () => {
    expect(days('The board will review the deal it signed last Tuesday.', TUESDAY)).toEqual({ 'last Tuesday': '2023-05-02' });
  });
});

describe('days of the month written without a year', () => {
  it('looks forward in a clause that looks ahead, across the new year', () => {
    expect(days('The inquiry will resume on Jan. 4.', '2022-12-20')).toEqual({ 'Jan. 4': '2023-01-04' });
    expect(days('The hearing will resume on June 12.', '2023-06-11')).toEqual({ 'June 12': '2023-06-12' });
    expect(days('The next tariff review is due on Dec. 2.', '2023-10-13')).toEqual({ 'Dec. 2': '2023-12-02' });
  });

  it('looks back in a clause told in the past', () => {
    expect(days('The dam at Ostrel burst on Dec. 2.', '2023-10-13')).toEqual({ 'Dec. 2': '2022-12-02' });
    expect(days('The vote was held on 14 May.', '2023-05-09')).toEqual({ '14 May': '2022-05-14' });
  });

  it('takes the nearer occurrence when the clause does not say', () => {
    expect(days('Crowds are gathering for the June 12 parade.', '2023-06-11')).toEqual({ 'June 12': '2023-06-12' });
    expect(days('Crowds are gathering for the Dec. 29 parade.', '2024-01-03')).toEqual({ 'Dec. 29': '2023-12-29' });
  });

  it('still keeps a written year as it is', () => {
    expect(days('The hearing will resume on June 12, 2021.', '2023-06-11')).toEqual({ 'June 12, 2021': '2021-06-12' });
  });
});

describe('weekdays after "would have" and other modals that look back', () => {
  it.each([
    ['Had the gates opened earlier, the lake would not have been full on Saturday night.', 'Saturday', '2023-05-06'],
    ['The inspectors could have warned the town on Friday, residents said.', 'Friday', '2023-05-05'],
    ['The council should have met on Monday to approve the repairs.', 'Monday', '2023-05-08'],
  ])('%s', (text, date, day) => {
    expect(days(text, TUESDAY)[date]).toBe(day);
  });

  it.each([
    ['Negotiators said the talks will have ended by Friday.', 'Friday', '2023-05-12'],
    ["The crews say they'll have cleared the road by Thursday.", 'Thursday', '2023-05-11'],
    ['The dam will not have drained before Sunday, engineers warned.', 'Sunday', '2023-05-14'],
  ])('reads "will have" and a participle as ahead: %s', (text, date, day) => {
    expect(days(text, TUESDAY)[date]).toBe(day);
  });

  it('still reads "would meet on Saturday" as ahead', () => {
    expect(days('Ministers said the council would meet on Saturday.', TUESDAY).Saturday).toBe('2023-05-13');
  });
});

describe('days something is set for', () => {
  it.each([
    ['The union called a one-day stoppage for Nov. 27.', 'Nov. 27', '2023-11-27'],
    ['The club booked the hall for November 30 last week.', 'November 30', '2023-11-30'],
  ])('reads "%s" as the nearer day, not a past one', (text, date, day) => {
    expect(days(text, '2023-11-20')[date]).toBe(day);
  });

  it('keeps a day of the month after "for" looking ahead when the clause does', () => {
    expect(days('The vote is scheduled for Jan. 4.', '2022-12-20')).toEqual({ 'Jan. 4': '2023-01-04' });
  });
});
