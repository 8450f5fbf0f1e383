import { crossReference } from '../../src/index';

const articles = [
  { id: 'wire', text: 'A court in Nakara jailed the former roads chief for fraud on Tuesday. The anti-graft agency said it had frozen assets worth 90 million shillings linked to the case.' },
  { id: 'ledger', text: 'A court in Nakara jailed the former roads chief for fraud on Tuesday. On Wednesday the anti-graft agency said the value of assets frozen in the case had risen to 140 million shillings. The agency had earlier reported freezing assets worth 90 million shillings.' },
];

describe('an article that reports a count has risen since the figure other outlets give', () => {
  const report = crossReference(articles);

  it('is said as a figure-update on the new figure, naming the outlets that give the earlier one', () => {
    const updates = report.diagnostics.filter((d) => d.rule === 'figure-update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ articleId: 'ledger' });
    expect(updates[0]!.message).toBe('ledger reports a rise from "90 million shillings" (as in wire) to "140 million shillings": read as an update, not a conflict');
    const ledger = articles[1]!.text;
    expect(ledger.slice(updates[0]!.span!.start, updates[0]!.span!.end)).toBe('140 million shillings');
  });

  it('is no conflict', () => {
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });
});

describe('a risen count that matches no outlet, beside the earlier figure they all give', () => {
  const report = crossReference([
    { id: 'wire', text: 'A Nakara court sent the former county roads chief to prison for twelve years on Tuesday. The anti-graft agency said it had frozen assets worth 90 million shillings linked to the case.' },
    { id: 'post', text: 'The ex-roads boss of Nakara county was jailed on Tuesday after a two-year fraud trial. Investigators have seized property worth 90 million shillings tied to the case, the anti-graft agency said.' },
    { id: 'ledger', text: 'Judges in Nakara convicted a former county official of stealing road funds. By Wednesday the value of frozen assets had risen to 140 million shillings, a spokesman said. The anti-graft agency had earlier said it froze assets worth 90 million shillings linked to the case.' },
  ]);

  it('is said as a figure-update naming every outlet that gives the earlier figure', () => {
    expect(report.diagnostics.filter((d) => d.rule === 'figure-update').map((d) => d.message)).toEqual([
      'ledger reports a rise from "90 million shillings" (as in post and wire) to "140 million shillings": read as an update, not a conflict',
    ]);
  });
});

describe('"rose 9%", where the figure is the rise itself', () => {
  it('is no declared update: the outlets still disagree', () => {
    const report = crossReference([
      { id: 'wire', text: 'Bread prices in Varno rose 5% in May from a month earlier, the statistics bureau said.' },
      { id: 'ledger', text: 'Bread prices in Varno rose 9% in May from a month earlier, the statistics bureau said. Flour had cost 5% more in April.' },
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'figure-update')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict').map((f) => f.evidence.map((e) => [e.articleId, e.text]))).toEqual([[['ledger', '9%'], ['wire', '5%']]]);
  });
});

describe('a later "had risen to 190" against an earlier "at least 160"', () => {
  const articles = [
    { id: 'wire', publishedAt: '2025-03-04T06:00:00Z', text: 'At least 160 people fell ill after a wedding feast in the village of Dorna on Monday, health officials said.' },
    { id: 'notes', publishedAt: '2025-03-06T09:00:00Z', text: 'The number of people who fell ill after the wedding feast in Dorna had risen to 190 by Wednesday, health officials said.' },
  ];
  const report = crossReference(articles);

  it('agrees as intervals, so it is no conflict', () => {
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });

  it('is said as a figure-update on the later figure, since that article says the count grew', () => {
    const updates = report.diagnostics.filter((d) => d.rule === 'figure-update');
    expect(updates).toHaveLength(1);
    expect(articles[1]!.text.slice(updates[0]!.span!.start, updates[0]!.span!.end)).toBe('190');
  });

  it('is no update when the later article does not say the count grew', () => {
    const plain = crossReference([articles[0]!, { ...articles[1]!, text: 'Some 190 people fell ill after the wedding feast in Dorna, health officials said on Wednesday.' }]);
    expect(plain.diagnostics.filter((d) => d.rule === 'figure-update')).toEqual([]);
  });
});
