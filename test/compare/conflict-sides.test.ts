import { crossReference } from '../../src/index';

describe('the sides of a numeric conflict', () => {
  it('names agreeing wordings on one side, against the figure that disagrees', () => {
    const articles = [
      { id: 'first', source: 'First Wire', text: 'About 1,200 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
      { id: 'second', source: 'Second Herald', text: 'Some 1,250 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
      { id: 'third', source: 'Third Radio', text: 'About 2,000 troops pulled back from the Varnel ridge on Tuesday, the defence ministry said.' },
    ];
    const [conflict] = crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflict.summary).toBe('Sources disagree on a figure for soldier (people): about 1,200 (first) and some 1,250 (second) vs about 2,000 (third)');
  });
});

describe('the wording of a side', () => {
  const summaries = (a: string, b: string) =>
    crossReference([{ id: 'wire', text: a }, { id: 'radio', text: b }]).findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.summary);

  it('keeps a currency written before the figure as the outlet wrote it', () => {
    expect(summaries(
      'The court found that Sh412 million was stolen from the Nakuru roads fund, prosecutors said.',
      'The court found that Sh421 million was stolen from the Nakuru roads fund, prosecutors said.',
    )).toEqual([expect.stringContaining('Sh412 million (wire) vs Sh421 million (radio)')]);
    expect(summaries(
      'Rs 3 billion was stolen from the Pune roads fund, the court found on Monday.',
      'Rs 5 billion was stolen from the Pune roads fund, the court found on Monday.',
    )).toEqual([expect.stringContaining('Rs 3 billion (wire) vs Rs 5 billion (radio)')]);
  });

  it('lower-cases a word that only opened the sentence', () => {
    expect(summaries(
      'About 300 people fled the Pune floods on Monday, officials said.',
      'Some 900 people fled the Pune floods on Monday, officials said.',
    )).toEqual([expect.stringContaining('about 300 (wire) vs some 900 (radio)')]);
  });
});

describe('a figure an outlet repeats', () => {
  it('is cited at each place the outlet gives it', () => {
    const [finding] = crossReference([
      {
        id: 'wire',
        text: 'A court in Dorvik on Monday sentenced the former port chief Ansel Brik to 14 years in prison for fraud. Brik, 61, will serve the 14 years in prison at Halden, his lawyer said.',
      },
      { id: 'paper', text: 'A court in Dorvik on Monday sentenced the former port chief Ansel Brik to nine years in prison for fraud.' },
    ]).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(finding!.evidence.filter((e) => e.articleId === 'wire').map((e) => e.text)).toEqual(['14 years', '14 years']);
    expect(finding!.summary).toContain('nine years (paper) vs 14 years (wire)');
  });
});

describe('an outlet that gives a side\'s very number in other words', () => {
  const conflicts = (articles: { id: string; text: string }[]) => crossReference(articles).findings.filter((f) => f.kind === 'numeric-conflict');
  const ferry = (figure: string) =>
    `A ferry carrying ${figure} passengers capsized in the Velmar Strait early on Monday, the coastguard said in a statement.`;

  it('is cited on that side, though its words are too unlike for the figures to be matched', () => {
    const [conflict, ...rest] = conflicts([
      { id: 'wire', text: ferry('48') },
      { id: 'paper', text: ferry('62') },
      { id: 'radio', text: 'Survivors said 48 passengers were on the boat when it rolled over near Korvan harbour.' },
    ]);
    expect(rest).toHaveLength(0);
    expect(conflict!.evidence.map((e) => [e.articleId, e.text])).toEqual([['paper', '62'], ['radio', '48'], ['wire', '48']]);
    expect(conflict!.summary).toContain('48 (radio and wire) vs 62 (paper)');
  });

  it('is not cited when the two figures share nothing but the number', () => {
    const [conflict] = conflicts([
      { id: 'wire', text: 'Turnout in the Korvan regional vote reached 48 percent on Sunday, the election board said.' },
      { id: 'paper', text: 'Turnout in the Korvan regional vote reached 61 percent on Sunday, the election board said.' },
      { id: 'radio', text: 'Bread prices have risen 48 percent over the decade, traders at the Korvan market said.' },
    ]);
    expect(conflict!.evidence.map((e) => e.articleId)).toEqual(['paper', 'wire']);
  });

  it('is not cited for a small bare count, which recurs across a story', () => {
    const [conflict] = conflicts([
      { id: 'wire', text: 'Nine miners were trapped underground at the Delgrave pit on Friday, the mine operator said.' },
      { id: 'paper', text: 'Six miners were trapped underground at the Delgrave pit on Friday, the mine operator said.' },
      { id: 'radio', text: 'Rescuers reached nine miners by Saturday evening.' },
    ]);
    expect(conflict!.evidence.map((e) => e.articleId)).toEqual(['paper', 'wire']);
  });
});

describe('an approximate figure with two significant digits', () => {
  it('conflicts with a lower bound a seventh above it ("about 420,000" against "more than 480,000")', () => {
    const text = (count: string) => `The hackers copied the records of ${count} customers of the Tarn Valley water company, the company said on Monday.`;
    const r = crossReference([
      { id: 'first', source: 'Tarn Post', text: text('about 420,000') },
      { id: 'second', source: 'Valley Wire', text: text('more than 480,000') },
    ]);
    expect(r.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => e.text))).toEqual([['about 420,000', 'more than 480,000']]);
  });
});
