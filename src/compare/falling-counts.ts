import { figuresDisagree } from './exact-disagreement';
import { figureKey, mayBeOneFact, type Figure, type FigurePair } from './match-figures';
import { figureGap } from './figure-gap';
import { byPublication, grows } from './growing-counts';
import type { Fact } from './group-facts';

/** Facts with more figures than this are not searched pair by pair (a fact is a handful of outlets' figures). */
const MAX_FIGURES = 40;

/** Each figure's partners through the fact's matches, by figure key. */
function partners(fact: Fact): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: Figure, b: Figure): void => {
    const key = figureKey(a);
    const set = out.get(key);
    if (set) set.add(figureKey(b));
    else out.set(key, new Set([figureKey(b)]));
  };
  for (const p of fact.pairs) {
    link(p.a, p.b);
    link(p.b, p.a);
  }
  return out;
}

function shareAPartner(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * A toll that falls in a later article: pairs of a fact's growing counts that
 * were not matched to each other, but both to one other figure (each read as
 * an update from the same first toll, say), where the later article's figure
 * lies below the earlier's by more than the tolerance. "at least 80 killed"
 * at 18:00 and "the toll rose to 57" the next morning both rise from the
 * first day's 23, yet the second contradicts the first. Pairs the matcher
 * made itself are left to it.
 */
export function fallingCountPairs(
  fact: Fact,
  tolerance: number,
  publishedAtOf: (articleId: string) => string | undefined,
): FigurePair[] {
  const figures = fact.figures.filter(grows);
  if (figures.length < 3 || fact.figures.length > MAX_FIGURES) return [];
  const linked = partners(fact);
  const out: FigurePair[] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const [a, b] = [figures[i]!, figures[j]!];
      if (a.claim.articleId === b.claim.articleId || !mayBeOneFact(a, b)) continue;
      const [ka, kb] = [linked.get(figureKey(a)), linked.get(figureKey(b))];
      if (ka?.has(figureKey(b)) || !shareAPartner(ka, kb)) continue;
      const pair: FigurePair = { a, b, similarity: 0, gap: figureGap(a.q, b.q) };
      const ordered = byPublication(pair, publishedAtOf);
      if (ordered && ordered[1].q.value < ordered[0].q.value && figuresDisagree(pair, tolerance)) out.push(pair);
    }
  }
  return out;
}
