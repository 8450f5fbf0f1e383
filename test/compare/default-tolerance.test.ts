import { crossReference, DEFAULT_TOLERANCE, type ArticleInput } from '../../src/index';

const budget: ArticleInput[] = [
  { id: 'ledger', text: 'Harwick passes record budget\n\nThe Harwick council approved a $4.2 billion budget on Thursday, the council president said.' },
  { id: 'herald', text: 'Harwick approves $4.5 billion spending plan\n\nThe Harwick council on Thursday passed a $4.5 billion budget, the council president said.' },
];

describe('the default tolerance', () => {
  test('is 5%', () => {
    expect(DEFAULT_TOLERANCE).toBe(0.05);
  });

  test('flags two precise amounts 7% apart', () => {
    const conflicts = crossReference(budget).findings.filter((f) => f.kind === 'numeric-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].summary).toContain('$4.2 billion');
    expect(conflicts[0].summary).toContain('$4.5 billion');
  });

  test('does not also list the figure an article repeats in its headline as single-source', () => {
    const lone = crossReference(budget).findings.filter((f) => f.kind === 'single-source');
    expect(lone).toEqual([]);
  });

  test('leaves rounding alone: 1,000 against 1,040', () => {
    const report = crossReference([
      { id: 'a', text: 'Officials said 1,000 volunteers joined the clean-up in Harwick on Sunday.' },
      { id: 'b', text: 'Officials said 1,040 volunteers joined the clean-up in Harwick on Sunday.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'numeric-conflict')).toEqual([]);
  });
});
