import { UnionFind } from '../internal/union-find';
import { byCodeUnit } from '../internal/by-code-unit';


/**
 * The origin of each article: articles linked by copy pairs, directly or
 * through a chain of reprints, form one group, and its origin is the
 * alphabetically first id (a stable name, not a claim about who wrote
 * first). Articles in no pair are their own origin; pairs naming an id not
 * in `articleIds` are ignored.
 */
export function originsFromDuplicates(
  pairs: readonly { a: string; b: string }[],
  articleIds: readonly string[],
): Record<string, string> {
  const ids = [...new Set(articleIds)].sort(byCodeUnit);
  const position = new Map(ids.map((id, i) => [id, i] as const));
  // Roots settle on the smallest index, which is the alphabetically first id.
  const groups = new UnionFind(ids.length);
  for (const { a, b } of pairs) {
    const i = position.get(a);
    const j = position.get(b);
    if (i !== undefined && j !== undefined) groups.union(i, j);
  }
  const origins: Record<string, string> = {};
  ids.forEach((id, i) => {
    origins[id] = ids[groups.find(i)]!;
  });
  return origins;
}
