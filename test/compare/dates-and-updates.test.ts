import { crossReference } from '../../src/index';

const kinds = (r: ReturnType<typeof crossReference>) => r.findings.map((f) => f.kind);

describe('date-conflict', () => {
  it('flags one event dated days apart by two outlets', () => {
    const report = crossReference([
      { id: 'a', publishedAt: '2024-05-10', text: 'The cargo ferry sank off the northern coast on Monday, the coast guard said.' },
      { id: 'b', publishedAt: '2024-05-10', text: 'The cargo ferry sank off the northern coast on May 1, the coast guard said.' },
    ]);
    const finding = report.findings.find((f) => f.kind === 'date-conflict');
    expect(finding).toBeDefined();
    expect(finding!.summary).toContain('2024-05-06'); // Monday before publication
    expect(finding!.summary).toContain('2024-05-01');
    expect(finding!.evidence.map((e) => e.text).sort()).toEqual(['May 1', 'Monday']);
  });

  it('flags dates a day apart as a low-severity conflict, and allows a day of slack when asked', () => {
    const articles = [
      { id: 'a', publishedAt: '2024-05-10', text: 'The summit of regional leaders in the capital opened on Wednesday, officials said.' },
      { id: 'b', publishedAt: '2024-05-10', text: 'The summit of regional leaders in the capital opened on Thursday, officials said.' },
    ];
    const flagged = crossReference(articles).findings.filter((f) => f.kind === 'date-conflict');
    expect(flagged.map((f) => f.severity)).toEqual(['low']);
    expect(kinds(crossReference(articles, { dateSlackDays: 1 }))).not.toContain('date-conflict');
  });

  it('does not compare dates of different events', () => {
    const report = crossReference([
      { id: 'a', publishedAt: '2024-05-10', text: 'The cargo ferry sank off the northern coast on Monday.' },
      { id: 'b', publishedAt: '2024-05-10', text: 'Parliament approved the new budget on May 1 after a long debate.' },
    ]);
    expect(kinds(report)).not.toContain('date-conflict');
  });
});

describe('growing counts', () => {
  const earlier = { id: 'early', publishedAt: '2024-03-01', text: 'At least 12 people were killed in the floods in the river valley, officials said.' };
  const later = { id: 'late', publishedAt: '2024-03-03', text: 'At least 30 people were killed in the floods in the river valley, officials said.' };

  it('reads a later, higher toll as an update, with a diagnostic instead of a conflict', () => {
    const report = crossReference([earlier, later]);
    expect(kinds(report)).not.toContain('numeric-conflict');
    const update = report.diagnostics.find((d) => d.rule === 'figure-update');
    expect(update?.articleId).toBe('late');
    expect(update?.message).toMatch(/rose from "at least 12" .* to "at least 30"/i);
  });

  it('still flags a later article that gives a lower toll', () => {
    const lower = { ...later, text: later.text.replace('30', '5') };
    expect(kinds(crossReference([earlier, lower]))).toContain('numeric-conflict');
  });

  it('reads a later, higher count of arrests as an update too', () => {
    const report = crossReference([
      { id: 'early', publishedAt: '2024-03-01', text: 'Police in Varnel said 18 people had been arrested after the clashes outside parliament.' },
      { id: 'late', publishedAt: '2024-03-03', text: 'Police in Varnel said the number of people arrested after the clashes outside parliament had risen to 35.' },
    ]);
    expect(kinds(report)).not.toContain('numeric-conflict');
    expect(report.diagnostics.find((d) => d.rule === 'figure-update')?.articleId).toBe('late');
  });

  it('still flags differing tolls published the same day', () => {
    const sameDay = { ...later, publishedAt: earlier.publishedAt };
    expect(kinds(crossReference([earlier, sameDay]))).toContain('numeric-conflict');
  });
});
