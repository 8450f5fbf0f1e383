/** The benchmark's matching rule for numeric-conflict findings against the ground truth. */
import { scoreCopies, scoreFindings } from '../../bench/run-score';
import type { GroundTruth } from '../../bench/corpus/types';
import type { Finding } from '../../src';

const truth: GroundTruth = {
  seed: 1,
  stories: [],
  copies: [{ storyId: 's0001', articleId: 's0001-a04', copyOf: 's0001-a03' }],
  alterations: [
    {
      storyId: 's0001', factId: 'troops', unit: 'people', originalValue: 1000, alteredValue: 1500,
      originalArticleIds: ['s0001-a01', 's0001-a02'], alteredArticleIds: ['s0001-a03', 's0001-a04'], alteredBy: 's0001-a03',
    },
    {
      storyId: 's0001', factId: 'border', unit: 'km', originalValue: 1357, alteredValue: 900,
      originalArticleIds: ['s0001-a01'], alteredArticleIds: ['s0001-a02'], alteredBy: 's0001-a02',
    },
  ],
};

function conflict(...evidence: [string, number, string][]): Finding {
  return {
    id: 'f', kind: 'numeric-conflict', severity: 'high', summary: '',
    evidence: evidence.map(([articleId, value, unit]) => ({ articleId, value, unit, text: String(value), span: { start: 0, end: 1 } })),
  };
}

describe('scoreFindings', () => {
  it('counts a finding with figures from both sides of an alteration as a true positive', () => {
    const s = scoreFindings([conflict(['s0001-a02', 1000, 'people'], ['s0001-a04', 1500, 'people'])], truth);
    expect(s).toMatchObject({ findings: 1, truePositives: 1, falsePositives: 0, found: 1, alterations: 2, precision: 1, recall: 0.5 });
  });

  it('accepts miles rounded back to km and a count reported without a known noun', () => {
    const s = scoreFindings([conflict(['s0001-a01', 1356.7, 'km'], ['s0001-a02', 900, 'km']), conflict(['s0001-a01', 1000, 'count'], ['s0001-a03', 1500, 'count'])], truth);
    expect(s.truePositives).toBe(2);
    expect(s.recall).toBe(1);
  });

  it('rejects a finding with the right articles but the wrong figures, unit, or only one side', () => {
    const s = scoreFindings(
      [
        conflict(['s0001-a01', 1000, 'people'], ['s0001-a03', 2000, 'people']),
        conflict(['s0001-a01', 1357, 'USD'], ['s0001-a02', 900, 'USD']),
        conflict(['s0001-a03', 1500, 'people'], ['s0001-a04', 1500, 'people']),
      ],
      truth,
    );
    expect(s).toMatchObject({ truePositives: 0, falsePositives: 3, found: 0, precision: 0, recall: 0 });
  });

  it('counts false positives whose evidence mixes stories, and ignores other finding kinds', () => {
    const other: Finding = { ...conflict(['s0001-a01', 1, 'people']), kind: 'single-source' };
    const s = scoreFindings([conflict(['s0001-a01', 1000, 'people'], ['s0002-a01', 3000, 'people']), other], truth);
    expect(s).toMatchObject({ findings: 1, falsePositives: 1, crossStory: 1 });
  });
});

describe('scoreCopies', () => {
  const copies: GroundTruth = {
    ...truth,
    copies: [
      { storyId: 's0001', articleId: 's0001-a04', copyOf: 's0001-a03' },
      { storyId: 's0001', articleId: 's0001-a05', copyOf: 's0001-a03' },
      { storyId: 's0002', articleId: 's0002-a02', copyOf: 's0002-a01' },
    ],
  };
  const dup = (b: string, a: string) => ({ articleId: b, rule: 'near-duplicate', message: `Shares 90% of its text with "${a}": counted as one origin.` });

  it('finds copies through groups, counts sibling copies as correct and other pairs as wrong', () => {
    const s = scoreCopies([dup('s0001-a04', 's0001-a03'), dup('s0001-a05', 's0001-a04'), dup('s0002-a03', 's0002-a01'), { articleId: 'x', rule: 'wire-credit', message: '"y"' }], copies);
    expect(s).toEqual({ reported: 3, correct: 2, found: 2, copies: 3 });
  });
});
