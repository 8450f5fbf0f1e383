import type { Figure, FigurePair } from './match-figures';
import { mayBeOneFact } from './match-figures';
import { groupBy } from '../internal/group-by';
import { contextSimilarity } from './context-similarity';

/** Bare counts under this ("nine", "3") recur across a story's facts: never joined by value alone. */
const SMALL_COUNT = 10;

/**
 * Weighted cosine of two figures' contexts at or above which an outlet's
 * equal figure is cited on a side of a conflict. Far below the matcher's bar
 * (the same number is itself evidence), but above nothing: "30%" of turnout
 * and "30%" of a price rise share no word.
 */
export const JOIN_SIMILARITY = 0.1;

/** Figures with a context: each figure's interned terms (ids) and their weights. */
export interface FigureContexts {
  figures: readonly Figure[];
  contexts: readonly Int32Array[];
  weights: Float64Array;
}

/** A count with no more than a number to it: too common to join on. */
function isSmallCount(f: Figure): boolean {
  return (f.q.unit === 'count' || f.q.unit === 'people') && Math.abs(f.q.value) < SMALL_COUNT;
}


/**
 * The figures of outlets a conflict does not cite that give the very number
 * one of its figures gives, where the words around them differed too much
 * for the matcher ("a boat carrying 48 migrants" and "about 48 people had
 * been on board"): the conflict cites them too, so an editor sees every
 * outlet on each side. Only figures matched to no fact at all are joined,
 * one per outlet (the most alike), never small bare counts, and only with
 * some context in common (JOIN_SIMILARITY). Returns, for a conflict's
 * figures, the figures to add; the index is built on the first question.
 */
export function agreeingFigures(all: FigureContexts, matched: readonly FigurePair[]): (cited: readonly Figure[]) => Figure[] {
  let byValue: Map<string, number[]> | undefined;
  let paired: Set<Figure> | undefined;
  const at = new Map<Figure, number>();
  const valueKey = (f: Figure) => `${f.q.unit}|${f.q.value}`;
  return (cited) => {
    if (!byValue) {
      byValue = groupBy(all.figures.map((_, k) => k), (k) => valueKey(all.figures[k]!));
      paired = new Set(matched.flatMap((p) => [p.a, p.b]));
      all.figures.forEach((f, k) => at.set(f, k));
    }
    const citedArticles = new Set(cited.map((f) => f.claim.articleId));
    const best = new Map<string, { figure: Figure; similarity: number }>();
    for (const f of cited) {
      const k = at.get(f);
      if (k === undefined || isSmallCount(f)) continue;
      for (const j of byValue.get(valueKey(f)) ?? []) {
        const g = all.figures[j]!;
        const article = g.claim.articleId;
        if (citedArticles.has(article) || paired!.has(g) || !mayBeOneFact(f, g)) continue;
        const similarity = contextSimilarity(all.contexts[k]!, all.contexts[j]!, all.weights);
        if (similarity < JOIN_SIMILARITY) continue;
        const held = best.get(article);
        if (!held || similarity > held.similarity) best.set(article, { figure: g, similarity });
      }
    }
    return [...best.values()].map((b) => b.figure);
  };
}
