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
