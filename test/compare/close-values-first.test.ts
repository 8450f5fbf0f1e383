import type { Claim, Quantity } from '../../src/types';
import type { Figure, FigurePair } from '../../src/compare/match-figures';
import { findNumericConflicts } from '../../src/compare/numeric-conflicts';
import { figureGap } from '../../src/compare/figure-gap';

/** A sum of shillings at `at` in one claim of `articleId` (one claim per figure). */
function sum(articleId: string, value: number, at: number): Figure {
  const text = `${value / 1e6} million shillings`;
  const q: Quantity = { text, span: { start: at, end: at + text.length }, value, low: value, high: value, unit: 'shilling' };
  const claim = { id: `${articleId}#${at}`, articleId, text, span: { start: at, end: at + text.length }, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context: ['shilling'] };
}

const pair = (a: Figure, b: Figure, similarity: number): FigurePair => ({ a, b, similarity, gap: figureGap(a.q, b.q) });
const sides = (pairs: FigurePair[]) =>
  findNumericConflicts(pairs, 0.05, () => undefined).findings.map((f) => [...new Set(f.evidence.map((e) => `${e.articleId}:${e.value! / 1e6}`))].sort());

describe('grouping matched figures into facts', () => {
  // Two outlets give the sum stolen (412m) and the contract (1,360m / 1,180m); a third gives only 421m.
  const [wireStolen, wireContract] = [sum('wire', 412e6, 0), sum('wire', 1360e6, 100)];
  const [chronStolen, chronContract] = [sum('chron', 412e6, 0), sum('chron', 1180e6, 100)];
  const radio = sum('radio', 421e6, 0);

  it('joins close values first, so a weakly alike far figure cannot pull one into another fact', () => {
    // The most alike pair links the radio's 421m to the chronicle's contract; the close pairs are less alike.
    const pairs = [
      pair(wireContract, chronContract, 0.6),
      pair(wireStolen, chronStolen, 0.5),
      pair(radio, chronContract, 0.24),
      pair(radio, wireStolen, 0.21),
    ];
    expect(sides(pairs).sort()).toEqual([
      ['chron:1180', 'wire:1360'],
      ['chron:412', 'radio:421', 'wire:412'],
    ].sort());
  });
});
