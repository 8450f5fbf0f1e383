import { CorroborateError } from '../errors';
import { shingles } from './shingles';
import { byCodeUnit } from '../internal/by-code-unit';

/** Options of `findNearDuplicates`. */
export interface NearDuplicateOptions {
  /** Containment at or above which two articles count as copies; default 0.5. */
  threshold?: number;
}

/** Two articles that share enough wording to count as copies of one text. */
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
 * Shingles held by more articles than this are stock phrases ("the ministry
 * said in a statement"): they are not walked to find partners, only counted
 * as possibly shared. A fixed number, so more articles never change a result.
 */
export const SHINGLE_POSTING_CAP = 1000;

/** Scratch counters reused for every article: shared shingles per partner, reset by stamping. */
interface Counters {
  shared: Int32Array;
  stamp: Int32Array;
}

/**
 * Partners of article i that are at least as large as it (ties: later
 * position), so each pair is seen once, from its smaller side. Exact: shared
 * shingles are counted from the posting lists, and a partner is kept when
 * that count plus the stock shingles not walked could still reach the
 * threshold; `sharedCount` then decides.
 */
function candidates(i: number, sets: readonly Set<string>[], index: Map<string, number[]>, threshold: number, counters: Counters): number[] {
  const size = sets[i]!.size;
  // The epsilon keeps 0.7 * 10 from rounding up to 8.
  const needed = Math.max(1, Math.ceil(threshold * size - 1e-9));
  const { shared, stamp } = counters;
  const touched: number[] = [];
  let unwalked = 0;
  for (const s of sets[i]!) {
    const list = index.get(s)!;
    if (list.length > SHINGLE_POSTING_CAP) {
      unwalked += 1;
      continue;
    }
    for (const j of list) {
      const other = sets[j]!.size;
      if (other < size || (other === size && j <= i)) continue;
      if (stamp[j] !== i) {
        stamp[j] = i;
        shared[j] = 0;
        touched.push(j);
      }
      shared[j] += 1;
    }
  }
  return touched.filter((j) => shared[j]! + unwalked >= needed).sort((a, b) => a - b);
}

/** Shingles two sets share, counted by walking the smaller one. */
function sharedCount(x: Set<string>, y: Set<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared;
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
  const counters = { shared: new Int32Array(sets.length), stamp: new Int32Array(sets.length).fill(-1) };
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    for (const j of candidates(i, sets, index, threshold, counters)) {
      const overlap = sharedCount(set, sets[j]!) / set.size;
      // Positions follow sorted ids, so the smaller position is the smaller id.
      if (overlap >= threshold) pairs.push({ a: sorted[Math.min(i, j)]!.id, b: sorted[Math.max(i, j)]!.id, overlap });
    }
  });
  return pairs.sort((x, y) => byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b));
}
