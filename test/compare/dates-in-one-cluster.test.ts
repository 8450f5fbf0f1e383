import { crossReference } from '../../src/index';

describe('dates of claims clustered as one statement', () => {
  it('are compared on the lower context bar, as figures are', () => {
    const report = crossReference([
      { id: 'a', source: 'A', publishedAt: '2024-09-16', text: 'The overloaded boat had left Velmar, in Ardia, on Thursday.' },
      { id: 'b', source: 'B', publishedAt: '2024-09-16', text: 'The boat set off from Velmar on Saturday evening, survivors said.' },
    ]);
    expect(report.clusters).toHaveLength(1);
    const dates = report.findings.filter((f) => f.kind === 'date-conflict');
    expect(dates.map((f) => f.evidence.map((e) => e.text))).toEqual([['Thursday', 'Saturday']]);
  });
});
