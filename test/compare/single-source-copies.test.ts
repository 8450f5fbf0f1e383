import { crossReference } from '../../src/index';

/** A wire story, word for word, as two outlets ran it, and a third outlet's own report. */
const wireText = [
  'Dockers at the port of Halvik stayed off work for a fourth day on Thursday, leaving 38 ships waiting at anchor outside the harbour.',
  'The union wants a rise in basic pay, and says talks with the port authority broke down on Monday.',
  'Shares in the port operator fell 4.2% in Oslund on Thursday.',
  'The authority said it would meet union leaders again next week.',
].join('\n\n');

const articles = [
  { id: 'wire', source: 'North Wire', text: wireText },
  { id: 'gazette', source: 'Halvik Gazette', text: `Halvik dock strike enters fourth day\n\n${wireText}` },
  { id: 'radio', source: 'Coast Radio', text: 'Dockers at Halvik stayed away for a fourth day on Thursday, with 38 ships waiting outside the harbour, port officials said.' },
];

describe('a figure only one text gives, run by two outlets', () => {
  const report = crossReference(articles);
  const lone = report.findings.filter((f) => f.kind === 'single-source' && f.summary.includes('4.2%'));

  it('is one single-source finding that cites both copies', () => {
    expect(lone).toHaveLength(1);
    expect(lone[0]!.summary).toMatch(/^Only gazette and wire \(copies of one text\) report 4\.2%: "/);
    expect(new Set(lone[0]!.evidence.map((e) => e.articleId))).toEqual(new Set(['gazette', 'wire']));
    expect(lone[0]!.evidence.filter((e) => e.text === '4.2%')).toHaveLength(2);
  });

  it('still names one outlet alone when only it gives the figure', () => {
    const own = crossReference([articles[0]!, { ...articles[2]!, text: `${articles[2]!.text} The port handles 12 million tonnes a year.` }]);
    expect(own.findings.filter((f) => f.kind === 'single-source').map((f) => f.summary)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Only radio reports 12 million tonnes: "/)]),
    );
  });
});

describe('a dispute that copies of one text carry', () => {
  const text = [
    'Dockers at the port of Halvik stayed off work for a fourth day on Thursday, leaving 38 ships waiting at anchor outside the harbour.',
    'The union says the port authority cut overtime pay without notice in the spring.',
    'The port authority rejected that claim.',
    'The authority said it would meet union leaders again next week.',
  ].join('\n\n');
  const report = crossReference([
    { id: 'wire', text },
    { id: 'gazette', text: `Halvik dock strike enters fourth day\n\n${text}` },
    { id: 'radio', text: 'Dockers at Halvik stayed away for a fourth day on Thursday, with 38 ships waiting outside the harbour, port officials said.' },
  ]);

  it('is one contested finding that cites the claim and the rejection in each copy', () => {
    const contested = report.findings.filter((f) => f.kind === 'contested');
    expect(contested).toHaveLength(1);
    expect(contested[0]!.summary).toContain('(gazette and wire) is rejected in gazette and wire');
    expect(contested[0]!.evidence.map((e) => e.articleId).sort()).toEqual(['gazette', 'gazette', 'wire', 'wire']);
  });

  it('makes the disputed claim one single-source note for both copies', () => {
    const notes = report.findings.filter((f) => f.kind === 'single-source' && f.summary.includes('(and it is disputed)'));
    expect(notes.map((f) => f.summary)).toEqual([expect.stringMatching(/^Only gazette and wire \(copies of one text\) report this: /)]);
  });
});
