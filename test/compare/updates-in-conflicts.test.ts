import { crossReference } from '../../src/index';

const text = (n: number) => `At least ${n} people were killed when the footbridge over the Lerno river collapsed, police said.`;

describe('a conflict beside updates of the same toll', () => {
  const report = crossReference([
    { id: 'dawn', publishedAt: '2023-05-09T02:15:00Z', text: text(41) },
    { id: 'noon', publishedAt: '2023-05-09T12:40:00Z', text: text(96) },
    { id: 'rival', publishedAt: '2023-05-09T12:50:00Z', text: text(60) },
  ]);

  // The earlier toll stays in the finding's evidence, so the editor sees the fact whole; its diagnostics say it was raised.
  it('is flagged between the two rival figures, and the earlier toll is read as raised by both', () => {
    const conflicts = report.findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts.map((f) => f.summary)).toEqual([expect.stringContaining('60 (rival) vs at least 96 (noon)')]);
    expect(report.diagnostics.filter((d) => d.rule === 'figure-update').map((d) => d.articleId).sort()).toEqual(['noon', 'rival']);
  });
});

describe('the displaced are a growing count', () => {
  const displaced = (n: number) => `Floods have displaced ${n} people across the Lerno valley, the relief agency said.`;

  it('reads a later, higher count of the displaced as an update', () => {
    const report = crossReference([
      { id: 'monday', publishedAt: '2023-05-08', text: displaced(12000) },
      { id: 'tuesday', publishedAt: '2023-05-09', text: `Floods have left 20,000 people displaced across the Lerno valley, the relief agency said.` },
    ]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
    expect(report.diagnostics.some((d) => d.rule === 'figure-update' && d.articleId === 'tuesday')).toBe(true);
  });
});
