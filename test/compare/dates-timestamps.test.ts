import { crossReference } from '../../src/index';
import type { Claim, Quantity } from '../../src/types';
import type { Figure, FigurePair } from '../../src/compare/match-figures';
import { byPublication, figuresBesideUpdates } from '../../src/compare/growing-counts';
import { publicationInstant } from '../../src/quantities/dates/publication-instant';

const kinds = (r: ReturnType<typeof crossReference>) => r.findings.map((f) => f.kind);

describe('growing counts within one day', () => {
  const text = (n: number) => `At least ${n} people were killed when the footbridge over the Lerno river collapsed, police said.`;

  it('reads a higher toll in a later edition of the same day as an update', () => {
    const report = crossReference([
      { id: 'dawn', publishedAt: '2023-05-09T02:15:00Z', text: text(41) },
      { id: 'noon', publishedAt: '2023-05-09T12:40:00Z', text: text(96) },
    ]);
    expect(kinds(report)).not.toContain('numeric-conflict');
    const update = report.diagnostics.find((d) => d.rule === 'figure-update');
    expect(update?.articleId).toBe('noon');
  });

  it('still flags a lower toll in the later edition', () => {
    const report = crossReference([
      { id: 'dawn', publishedAt: '2023-05-09T02:15:00Z', text: text(96) },
      { id: 'noon', publishedAt: '2023-05-09T12:40:00Z', text: text(41) },
    ]);
    expect(kinds(report)).toContain('numeric-conflict');
  });

  it('orders by the instant across time zones', () => {
    // 12:00 at +09:00 is 03:00Z, seven hours before 10:00Z, though its clock reads later.
    const report = crossReference([
      { id: 'east', publishedAt: '2023-05-09T12:00:00+09:00', text: text(41) },
      { id: 'west', publishedAt: '2023-05-09T10:00:00Z', text: text(96) },
    ]);
    expect(kinds(report)).not.toContain('numeric-conflict');
  });
});

describe('publicationInstant', () => {
  it('reads full timestamps, a zone-less one as UTC, and nothing from a plain date', () => {
    expect(publicationInstant('2023-05-09T12:40:00Z')).toBe(Date.UTC(2023, 4, 9, 12, 40));
    expect(publicationInstant('2023-05-09 12:40')).toBe(Date.UTC(2023, 4, 9, 12, 40));
    expect(publicationInstant('2023-05-09T12:40:30.5-04:00')).toBe(Date.UTC(2023, 4, 9, 16, 40, 30, 500));
    expect(publicationInstant('2023-05-09T12:40:00+0530')).toBe(Date.UTC(2023, 4, 9, 7, 10));
    expect(publicationInstant('2023-05-09')).toBeUndefined();
    expect(publicationInstant(undefined)).toBeUndefined();
  });
});

function figure(articleId: string, value: number): Figure {
  const q: Quantity = { text: String(value), span: { start: 0, end: 2 }, value, low: value, high: value, unit: 'people', subject: 'death' };
  const claim = { id: `${articleId}#1`, articleId, text: 'x', span: { start: 0, end: 1 }, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context: [] };
}

describe('byPublication', () => {
  const p: FigurePair = { a: figure('b', 2), b: figure('a', 1), similarity: 1, gap: 1 };
  const at: Record<string, string> = { a: '2023-05-09T01:00:00Z', b: '2023-05-09T09:00:00Z' };

  it('orders two timestamps of one day', () => {
    expect(byPublication(p, (id) => at[id])?.map((f) => f.claim.articleId)).toEqual(['a', 'b']);
  });

  it('gives no order for a plain date against a timestamp of the same day', () => {
    expect(byPublication(p, (id) => (id === 'a' ? '2023-05-09' : at[id]))).toBeUndefined();
  });
});

describe('figuresBesideUpdates', () => {
  it('cites only figures that take part in a pair that is not an update', () => {
    const [first, rising, lower, latest] = [figure('a', 20), figure('b', 80), figure('c', 55), figure('d', 110)];
    const pairs: FigurePair[] = [
      { a: first, b: rising, similarity: 1, gap: 1 },
      { a: rising, b: lower, similarity: 1, gap: 1 },
      { a: lower, b: latest, similarity: 1, gap: 1 },
      { a: first, b: latest, similarity: 1, gap: 1 },
    ];
    const updates = new Set([pairs[0], pairs[2], pairs[3]]);
    const cited = figuresBesideUpdates({ figures: [first, rising, lower, latest], pairs }, (p) => updates.has(p));
    expect(cited.map((f) => f.q.value)).toEqual([80, 55]);
  });
});

describe('editions published a few hours apart', () => {
  it('are not read as an update: too close to tell one from a disagreement', () => {
    const p: FigurePair = { a: figure('a', 30), b: figure('b', 45), similarity: 1, gap: 1 };
    const at: Record<string, string> = { a: '2023-05-09T07:10:00Z', b: '2023-05-09T12:40:00Z' };
    expect(byPublication(p, (id) => at[id])).toBeUndefined();
  });
});
