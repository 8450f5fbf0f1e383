import type { Cluster } from '../types';
import type { FigurePair } from './match-figures';
import { UnionFind } from '../internal/union-find';

/**
 * How many origins report on the same story as each article. Articles belong
 * to one story when they share a cluster of claims or a matched figure; an
 * unrelated article in the same batch is a story of its own, so it neither
 * makes nor unmakes anyone's single-source claims.
 */
export function storyOrigins(
  clusters: readonly Cluster[],
  pairs: readonly FigurePair[],
  originOf: (articleId: string) => string,
): (articleId: string) => number {
  // Loops, not flatMap and slices: a story has about as many clusters as claims.
  const distinct = new Set<string>();
  for (const c of clusters) for (const id of c.articleIds) distinct.add(id);
  const ids = [...distinct].sort();
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  const stories = new UnionFind(ids.length);
  const link = (a: string, b: string) => {
    const [i, j] = [index.get(a), index.get(b)];
    if (i !== undefined && j !== undefined) stories.union(i, j);
  };
  for (const c of clusters) for (let k = 1; k < c.articleIds.length; k++) link(c.articleIds[0]!, c.articleIds[k]!);
  for (const p of pairs) link(p.a.claim.articleId, p.b.claim.articleId);
  const originsByStory = new Map<number, Set<string>>();
  ids.forEach((id, i) => {
    const root = stories.find(i);
    originsByStory.set(root, (originsByStory.get(root) ?? new Set()).add(originOf(id)));
  });
  // Counted once per article: every claim of the story asks.
  const counts = new Map<string, number>();
  ids.forEach((id, i) => counts.set(id, originsByStory.get(stories.find(i))?.size ?? 0));
  return (articleId) => counts.get(articleId) ?? 0;
}
