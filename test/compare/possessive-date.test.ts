import { crossReference } from '../../src/index';
import { possessedEvent } from '../../src/compare/possessive-date';
import { extractQuantities } from '../../src/quantities/extract-quantities';
import { makeClaim } from '../helpers/make-claim';

const publishedAt = '2024-06-13T09:00:00Z'; // a Thursday

/** Date conflicts of two one-sentence articles, as their evidence texts. */
function dateConflicts(first: string, second: string): string[][] {
  const articles = [
    { id: 'east', source: 'East', publishedAt, text: first },
    { id: 'west', source: 'West', publishedAt, text: second },
  ];
  return crossReference(articles).findings.filter((f) => f.kind === 'date-conflict').map((f) => f.evidence.map((e) => e.text));
}

describe('possessedEvent', () => {
  it('reads the noun a possessive date names, as a lemma', () => {
    const claim = makeClaim('a', 1, 'Crews freed nine men trapped by Monday\'s cave-in.', { quantities: extractQuantities('Crews freed nine men trapped by Monday\'s cave-in.', { publishedAt }) });
    const date = claim.quantities.find((q) => q.unit === 'date');
    expect(date && possessedEvent(claim, date)).toBe('cave-in');
    const plain = makeClaim('a', 2, 'Crews freed nine men on Monday.', { quantities: extractQuantities('Crews freed nine men on Monday.', { publishedAt }) });
    expect(possessedEvent(plain, plain.quantities.find((q) => q.unit === 'date')!)).toBeUndefined();
  });
});

describe('a date that names another event', () => {
  it('is not set against the day the claim itself tells of', () => {
    expect(dateConflicts(
      'Nine of the 14 workers cut off by Monday\'s cave-in at the Velka quarry have been lifted to the surface alive after rescuers drilled a side shaft.',
      'Nine workers at the Velka quarry were lifted to the surface alive on Tuesday after rescuers drilled a side shaft.',
    )).toEqual([]);
  });

  it('is set against another day for that same event', () => {
    expect(dateConflicts(
      'Monday\'s cave-in at the Velka quarry trapped 14 workers, rescuers said.',
      'The cave-in at the Velka quarry on Tuesday trapped 14 workers, rescuers said.',
    )).toEqual([expect.arrayContaining(['Monday', 'Tuesday'])]);
  });
});
