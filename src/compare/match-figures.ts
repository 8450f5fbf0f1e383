import type { Claim, Quantity } from '../types';
import { comparable } from './comparable-units';
import { intervalGap } from './interval-gap';
import { weightedCosine } from '../cluster/weighted-cosine';

/** One figure in one claim, with the terms that say what it is about. */
export interface Figure {
  claim: Claim;
  q: Quantity;
  context: string[];
}

/** Two figures from different articles judged to state the same fact. */
export interface FigurePair {
  a: Figure;
  b: Figure;
  similarity: number;
  gap: number;
}

/** Context similarity at which two figures are taken to be about the same fact (default). */
export const DEFAULT_FIGURE_SIMILARITY = 0.3;

const figureKey = (f: Figure) => `${f.claim.articleId}@${f.q.span.start}`;

/** Candidate pairs: comparable figures of different articles whose contexts are alike enough. */
function candidatePairs(figures: readonly Figure[], weight: (t: string) => number, threshold: number): FigurePair[] {
  const byUnit = new Map<string, Figure[]>();
  for (const f of figures) byUnit.set(f.q.unit, [...(byUnit.get(f.q.unit) ?? []), f]);
  const pairs: FigurePair[] = [];
  for (const group of byUnit.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.claim.articleId === b.claim.articleId || !comparable(a.q, b.q)) continue;
        const similarity = weightedCosine(a.context, b.context, weight);
        if (similarity >= threshold) pairs.push({ a, b, similarity, gap: intervalGap(a.q, b.q) });
      }
    }
  }
  return pairs;
}

/**
 * Pairs figures across articles, one to one for each pair of articles, most
 * alike first: a figure both outlets agree on (20,000 and 20,000) is used up by
 * that match and is never set against another figure of the other article.
 */
export function matchFigures(figures: readonly Figure[], weight: (t: string) => number, threshold = DEFAULT_FIGURE_SIMILARITY): FigurePair[] {
  const pairs = candidatePairs(figures, weight, threshold).sort(
    (x, y) => y.similarity - x.similarity || x.gap - y.gap || (figureKey(x.a) + figureKey(x.b) < figureKey(y.a) + figureKey(y.b) ? -1 : 1),
  );
  const used = new Set<string>();
  const matched: FigurePair[] = [];
  for (const p of pairs) {
    const keyA = `${figureKey(p.a)}>${p.b.claim.articleId}`;
    const keyB = `${figureKey(p.b)}>${p.a.claim.articleId}`;
    if (used.has(keyA) || used.has(keyB)) continue;
    used.add(keyA);
    used.add(keyB);
    matched.push(p);
  }
  return matched;
}
