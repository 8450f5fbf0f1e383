import type { Claim } from '../types';
import { similarIdPairs } from '../internal/similar-pairs';
import { dfWeightedIds } from '../cluster/term-ids';
import { UnionFind } from '../internal/union-find';
import { FigureTerms, storyTerms } from './story-terms';

/**
 * Weight of names and figures two articles must share to be one story. A
 * name or figure found in d articles weighs 1 / (1 + ln d): two outlets
 * sharing three names and a figure of their own story pass; two stories that
 * happen to quote one minister and one round number do not.
 */
export const STORY_LINK_WEIGHT = 1.6;

/**
 * Or this share of the lighter article's names and figures: two short
 * reports of one event share few names, but most of the ones they have.
 */
export const STORY_LINK_SHARE = 0.5;

/** How strongly two articles are one story; 1 or more links them. */
function storyScore(shared: number, a: number, b: number): number {
  const lighter = Math.min(a, b);
  return Math.max(shared / STORY_LINK_WEIGHT, lighter > 0 ? shared / lighter / STORY_LINK_SHARE : 0);
}

/** Names or figures found in more articles than this cannot tell stories apart. */
const STORY_POSTING_CAP = 2000;

/**
 * Splits a feed into stories: articles linked, directly or through others, by
 * the names and figures they share. Articles in the given order; stories come
 * as lists of positions, ordered by their first article. An article that
 * shares too little with every other is a story of its own.
 */
export function partitionStories(articles: readonly (readonly Claim[])[], idByName: Readonly<Record<string, string>>): number[][] {
  const figures = new FigureTerms();
  const terms = articles.map((claims) => storyTerms(claims, idByName, figures));
  // Interned and weighted in one pass (the weights `termWeights` gives), and paired as parallel arrays:
  // no string-keyed weight map, and no object per pair, since the partition only unions the pairs.
  const { ids, weights } = dfWeightedIds(terms);
  const pairs = similarIdPairs({
    ids,
    weights,
    // Every article its own group: any two may be linked.
    groups: Int32Array.from(articles, (_, i) => i),
    cap: STORY_POSTING_CAP,
    minSimilarity: 1,
    score: storyScore,
  });
  const sets = new UnionFind(articles.length);
  for (let k = 0; k < pairs.count; k++) sets.union(pairs.i[k]!, pairs.j[k]!);
  const stories = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = sets.find(i);
    const story = stories.get(root);
    if (story) story.push(i);
    else stories.set(root, [i]);
  });
  return [...stories.values()];
}
