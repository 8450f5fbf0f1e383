import { CorroborateError } from '../errors';
import { shingles } from './shingles';
import { byCodeUnit } from '../internal/by-code-unit';

export interface NearDuplicateOptions {
  /** Containment at or above which two articles count as copies; default 0.5. */
  threshold?: number;
}

export interface NearDuplicatePair {
  /** The alphabetically smaller id. */
  a: string;
  b: string;
  /** |A ∩ B| / min(|A|, |B|) over word 5-gram shingles. */
  overlap: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.5;

function checkInput(articles: readonly { id: string; text: string }[], threshold: number): void {
  if (!Array.isArray(articles)) throw new CorroborateError('INVALID_ARTICLES', 'articles must be an array');
  const seen = new Set<string>();
  for (const article of articles) {
    if (!article || typeof article.id !== 'string') throw new CorroborateError('INVALID_ARTICLE', 'every article needs a string id');
    if (seen.has(article.id)) throw new CorroborateError('DUPLICATE_ID', `duplicate article id: ${article.id}`);
    seen.add(article.id);
  }
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new CorroborateError('INVALID_OPTION', 'threshold must be a number in (0, 1]');
  }
}

/** Inverted index: shingle -> the articles (by position) that contain it, in ascending order. */
function buildIndex(sets: readonly Set<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sets.forEach((set, doc) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(doc);
      else index.set(s, [doc]);
    }
  });
  return index;
}

/**
 * Prefix filter (exact, no false negatives). To reach the threshold, the
 * smaller article S must share at least c = ceil(t·|S|) shingles with its
 * partner, so the partner must hold one of S's |S| - c + 1 rarest shingles.
 * Probing the index with only that prefix skips the stock phrases every
 * outlet uses ("the ministry said in a statement"), which would otherwise
 * pair every article with every other. Chosen over MinHash because it is
 * exact and needs no random seeds.
 */
function rarestPrefix(set: Set<string>, index: Map<string, number[]>, threshold: number): string[] {
  const df = (s: string): number => index.get(s)?.length ?? 0;
  const ordered = [...set].sort((x, y) => df(x) - df(y) || byCodeUnit(x, y));
  // The epsilon keeps 0.7 * 10 from rounding up to 8 and shortening the prefix.
  const needed = Math.max(1, Math.ceil(threshold * set.size - 1e-9));
  return ordered.slice(0, set.size - needed + 1);
}

/** Shingles two sets share, counted by walking the smaller one. */
function sharedCount(x: Set<string>, y: Set<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared;
}

/** Partners of article i that are at least as large as it (ties: later position), so each pair is seen once, from its smaller side. */
function candidates(i: number, sets: readonly Set<string>[], index: Map<string, number[]>, threshold: number): number[] {
  const size = sets[i]!.size;
  const found = new Set<number>();
  for (const s of rarestPrefix(sets[i]!, index, threshold)) {
    for (const j of index.get(s) ?? []) {
      const other = sets[j]!.size;
      if (other > size || (other === size && j > i)) found.add(j);
    }
  }
  return [...found];
}

/**
 * Pairs of articles whose prose is largely copied: a wire story and its
 * reprints. Containment over the smaller article, so a reprint that cuts
 * the story short still counts. Output sorted by `a`, then `b`; the same
 * input in any order gives the same pairs. Only misuse throws.
 */
export function findNearDuplicates(
  articles: readonly { id: string; text: string }[],
  options: NearDuplicateOptions = {},
): NearDuplicatePair[] {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  checkInput(articles, threshold);
  const sorted = [...articles].sort((x, y) => byCodeUnit(x.id, y.id));
  const sets = sorted.map((article) => shingles(article.text));
  const index = buildIndex(sets);
  const pairs: NearDuplicatePair[] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    for (const j of candidates(i, sets, index, threshold)) {
      const overlap = sharedCount(set, sets[j]!) / set.size;
      // Positions follow sorted ids, so the smaller position is the smaller id.
      if (overlap >= threshold) pairs.push({ a: sorted[Math.min(i, j)]!.id, b: sorted[Math.max(i, j)]!.id, overlap });
    }
  });
  return pairs.sort((x, y) => byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b));
}
