import { CorroborateError } from '../errors';
import { ShingleTable } from './shingle-table';
import { byCodeUnit } from '../internal/by-code-unit';
import { MASK_ARTICLES, sharedByMask } from './shared-by-mask';

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

/** Inverted index: the articles (by position, ascending) holding each shingle id, packed in one array. */
interface ShingleIndex {
  offsets: Int32Array;
  docs: Int32Array;
}

function buildIndex(sets: readonly Int32Array[], shingleCount: number): ShingleIndex {
  const offsets = new Int32Array(shingleCount + 1);
  for (const set of sets) for (let k = 0; k < set.length; k++) offsets[set[k]! + 1] += 1;
  for (let s = 0; s < shingleCount; s++) offsets[s + 1] += offsets[s]!;
  const docs = new Int32Array(offsets[shingleCount]!);
  const fill = offsets.slice(0, shingleCount);
  sets.forEach((set, doc) => {
    for (let k = 0; k < set.length; k++) docs[fill[set[k]!]!++] = doc;
  });
  return { offsets, docs };
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

/** A partner of an article and the shingles the two share. */
interface Partner {
  j: number;
  shared: number;
}

/**
 * Partners of article i that are at least as large as it (ties: later
 * position), so each pair is seen once, from its smaller side, with the
 * shingles they share. Counted from the posting lists, which is exact when
 * every list was walked; a partner is kept when that count plus the stock
 * shingles not walked could still reach the threshold, and only then is it
 * counted again in full.
 */
function partnersOf(i: number, sets: readonly Int32Array[], index: ShingleIndex, threshold: number, counters: Counters, ascending: AscendingSets): Partner[] {
  const set = sets[i]!;
  const size = set.length;
  const needed = neededFor(size, threshold);
  const { shared, stamp } = counters;
  const { offsets, docs } = index;
  const touched: number[] = [];
  let unwalked = 0;
  for (let k = 0; k < size; k++) {
    const from = offsets[set[k]!]!;
    const to = offsets[set[k]! + 1]!;
    if (to - from > SHINGLE_POSTING_CAP) {
      unwalked += 1;
      continue;
    }
    for (let p = from; p < to; p++) {
      const j = docs[p]!;
      const other = sets[j]!.length;
      if (other < size || (other === size && j <= i)) continue;
      if (stamp[j] !== i) {
        stamp[j] = i;
        shared[j] = 0;
        touched.push(j);
      }
      shared[j] += 1;
    }
  }
  const kept = touched.filter((j) => shared[j]! + unwalked >= needed).sort((a, b) => a - b);
  return kept.map((j) => ({ j, shared: unwalked === 0 ? shared[j]! : sharedCount(ascending.of(i), ascending.of(j)) }));
}

/** The articles' shingle sets sorted ascending, made only for the pairs that need a full count. */
class AscendingSets {
  private readonly sorted: (Int32Array | undefined)[] = [];
  constructor(private readonly sets: readonly Int32Array[]) {}
  of(i: number): Int32Array {
    return (this.sorted[i] ??= this.sets[i]!.slice().sort());
  }
}

/** Shingles two ascending id sets share. */
function sharedCount(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (y[j]! < x[i]!) j++;
    else {
      shared += 1;
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * Tables up to this capacity are kept for the next call: one story's table
 * is reused by the next (allocating and zeroing a fresh one was a tenth of
 * this stage), while a huge one-story feed's table is left to the GC rather
 * than held for the life of the process.
 */
const KEEP_CAPACITY = 1 << 15;

/** The table the last call gave back, empty; taken out while in use, so a nested call gets its own. */
let spareTable: ShingleTable | undefined;

function borrowTable(expected: number): ShingleTable {
  const table = spareTable ?? new ShingleTable(expected);
  spareTable = undefined;
  return table;
}

function giveBack(table: ShingleTable): void {
  if (table.capacity > KEEP_CAPACITY) return;
  table.clear();
  spareTable = table;
}

/**
 * Each article's shingle set. A text that repeats an earlier one exactly (a
 * verbatim reprint) shares its set instead of being read again: sets are
 * only read. Only texts of equal length are compared, so the check costs
 * next to nothing when no text repeats.
 */
function shingleSets(sorted: readonly { text: string }[], table: ShingleTable): Int32Array[] {
  const byLength = new Map<number, { text: string; set: Int32Array }[]>();
  return sorted.map(({ text }) => {
    if (typeof text !== 'string') return table.idsOf(text);
    const same = byLength.get(text.length);
    const earlier = same?.find((read) => read.text === text);
    if (earlier) return earlier.set;
    const set = table.idsOf(text);
    if (same) same.push({ text, set });
    else byLength.set(text.length, [{ text, set }]);
    return set;
  });
}

/** Calls `keep(i, j, shared)` for each pair that may reach the threshold, i the side the overlap is over. */
type KeepPair = (i: number, j: number, shared: number) => void;

/** Pairs among many articles, from posting lists; stock shingles capped as `partnersOf` says. */
function pairsOfMany(sets: readonly Int32Array[], shingleCount: number, threshold: number, keep: KeepPair): void {
  const index = buildIndex(sets, shingleCount);
  const counters = { shared: new Int32Array(sets.length), stamp: new Int32Array(sets.length).fill(-1) };
  const ascending = new AscendingSets(sets);
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    for (const { j, shared } of partnersOf(i, sets, index, threshold, counters, ascending)) keep(i, j, shared);
  });
}

/**
 * Pairs among a few articles, from exact counts of every pair: the same
 * pairs as `pairsOfMany`, which walks every list when so few articles
 * share a shingle, each seen from the side `partnersOf` takes (the smaller
 * set; ties: the earlier position) and kept by the same test.
 */
function pairsOfFew(sets: readonly Int32Array[], shingleCount: number, threshold: number, keep: KeepPair): void {
  const n = sets.length;
  const counts = sharedByMask(sets, shingleCount);
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const shared = counts[p * n + q]!;
      if (shared === 0) continue;
      const i = sets[q]!.length < sets[p]!.length ? q : p;
      if (shared >= neededFor(sets[i]!.length, threshold)) keep(i, i === p ? q : p, shared);
    }
  }
}

/** Shared shingles an article of `size` needs to reach the threshold; the epsilon keeps 0.7 * 10 from rounding up to 8. */
function neededFor(size: number, threshold: number): number {
  return Math.max(1, Math.ceil(threshold * size - 1e-9));
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
  // A lone article has nothing to be a copy of: skip reading it.
  if (articles.length < 2) return [];
  const sorted = [...articles].sort((x, y) => byCodeUnit(x.id, y.id));
  // About one shingle per word, and words average over five characters with their spaces.
  const table = borrowTable(sorted.reduce((sum, article) => sum + (typeof article.text === 'string' ? article.text.length : 0), 0) / 6);
  const sets = shingleSets(sorted, table);
  const pairs: NearDuplicatePair[] = [];
  const keep = (i: number, j: number, shared: number): void => {
    const overlap = shared / sets[i]!.length;
    // Positions follow sorted ids, so the smaller position is the smaller id.
    if (overlap >= threshold) pairs.push({ a: sorted[Math.min(i, j)]!.id, b: sorted[Math.max(i, j)]!.id, overlap });
  };
  if (sets.length <= MASK_ARTICLES) pairsOfFew(sets, table.size, threshold, keep);
  else pairsOfMany(sets, table.size, threshold, keep);
  giveBack(table);
  return pairs.sort((x, y) => byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b));
}
