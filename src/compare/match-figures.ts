import type { Claim, Quantity } from '../types';
import { comparable } from './comparable-units';
import { figureGap } from './figure-gap';
import { similarIdPairs } from '../internal/similar-pairs';
import { internTerms } from '../cluster/term-ids';
import { differentOutcomes, sameOutcome, tollAgainstHeadcount, type Outcome } from './figure-outcome';
import { loneCloseFigures } from './lone-close-figures';
import { wholeAgainstPlainCount } from './partitive';

/** One figure in one claim, with the terms that say what it is about. */
export interface Figure {
  claim: Claim;
  q: Quantity;
  context: string[];
  /** Whether it counts the dead or the injured, when a casualty word stands near it. */
  outcome?: Outcome;
  /** Its figureKey made once: matching, grouping and look-ups ask for it many times. */
  key?: string;
  /**
   * Whether it tells of the time before the news, and how: `earlier`, an
   * event a year or more back or a crisis looked back on (see pastFigures);
   * `previous`, the value something changed from (see isPreviousValue).
   */
  past?: 'earlier' | 'previous';
  /** Whether it counts a part of a group just named ("14 of the dead"; see isPartitive). */
  part?: boolean;
  /** Whether it is the whole after a part ("six" in "five of its six hospitals"; see isPartitiveWhole). */
  whole?: boolean;
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

/**
 * Two outlets giving the very same precise figure (20,000 and 20,000) is itself
 * evidence they report one fact, and so are two counts of the dead (or of the
 * injured) in one story and two figures of claims clustered as one statement,
 * so such pairs need only this share of the usual context similarity. Small
 * numbers (under 100) are too common to count as the same figure.
 */
export const SAME_FIGURE_DISCOUNT = 0.5;
const SAME_FIGURE_MIN_VALUE = 100;

/**
 * Outlets that disagree about one fact rarely differ by more than this factor;
 * figures further apart (1,500 fleeing vs 20,000 mobilised) need this many
 * times the usual context similarity before they are taken as one fact.
 */
export const FAR_APART_RATIO = 3;
const FAR_APART_PENALTY = 2;

/** How many times the larger figure is the smaller (NaN when the smaller is 0). */
function valueRatio(a: Quantity, b: Quantity): number {
  const [small, large] = [Math.min(Math.abs(a.value), Math.abs(b.value)), Math.max(Math.abs(a.value), Math.abs(b.value))];
  return small > 0 ? large / small : NaN;
}

export function farApart(a: Quantity, b: Quantity): boolean {
  return valueRatio(a, b) > FAR_APART_RATIO;
}

/**
 * Figures this many times apart are never one fact's, unless the digits are
 * the same and only the scale word differs ("1.4 million" and "1.4 billion":
 * a slip worth flagging). "81 workers" and "36,000 residents" in two outlets'
 * alike claims are two facts however alike the words around them.
 */
const NEVER_ONE_FACT_RATIO = 20;

/** Same digits with another scale word: the figures are a power of a thousand apart. */
const isScaleSlip = (ratio: number) => ratio === 1e3 || ratio === 1e6 || ratio === 1e9;

function neverOneFact(a: Quantity, b: Quantity): boolean {
  const ratio = valueRatio(a, b);
  return ratio > NEVER_ONE_FACT_RATIO && !isScaleSlip(ratio);
}

/** Whether two figures can be of one fact at all, however alike their contexts: comparable units, same outcome, both news or both past in the same way (an earlier event, or a value changed from), both a part of a group or neither, no whole of a part against a plain count, not far apart. */
export function mayBeOneFact(a: Figure, b: Figure, isComparable: (a: Quantity, b: Quantity) => boolean = comparable): boolean {
  return isComparable(a.q, b.q) && !differentOutcomes(a.outcome, b.outcome) && !tollAgainstHeadcount(a, b) && a.past === b.past && !a.part === !b.part
    && !wholeAgainstPlainCount(a, b) && !neverOneFact(a.q, b.q);
}

/** Same number, same qualifier reading, and precise enough to be telling ("more than 1,000" twice; not "hundreds"). */
function sameFigure(a: Quantity, b: Quantity): boolean {
  const precise = a.low > 0 && a.high / a.low <= 2;
  return a.value === b.value && a.low === b.low && a.high === b.high && precise && Math.abs(a.value) >= SAME_FIGURE_MIN_VALUE;
}

/** Context terms around more figures than this are too common to find candidates by. */
export const FIGURE_POSTING_CAP = 400;

/** Where a figure stands, as `articleId@offset`: one key for a figure wherever it is matched, grouped or looked up. */
export const figureKeyAt = (articleId: string, q: Quantity) => `${articleId}@${q.span.start}`;
export const figureKey = (f: Figure): string => f.key ?? figureKeyAt(f.claim.articleId, f.q);

/** No two figures were clustered together (a caller without clusters). */
const notClustered = () => false;
/** No other pair gets the lower bar. */
const neverLower = () => false;

/** Candidate pairs: comparable figures of different articles whose contexts are alike enough. */
export function candidatePairs(
  figures: readonly Figure[],
  weight: (t: string) => number,
  threshold: number,
  isComparable: (a: Quantity, b: Quantity) => boolean = comparable,
  clustered: (a: Figure, b: Figure) => boolean = notClustered,
): FigurePair[] {
  const { ids, weights } = internTerms(figures.map((f) => f.context), weight);
  return candidatePairsOfIds(figures, ids, weights, threshold, isComparable, clustered);
}

/**
 * `candidatePairs` with each figure's context already interned (`ids[k]` for
 * `figures[k]`, in term string order, weighed by `weights`). `clustered` says
 * whether two figures' claims were clustered as one statement: their figures
 * are then taken to be about one fact on the lower bar, as two counts of the
 * dead are, unless they lie far apart. `alsoOnLowerBar` names other pairs, by
 * their indices in `figures`, that need only the lower bar too.
 */
export function candidatePairsOfIds(
  figures: readonly Figure[],
  ids: readonly Int32Array[],
  weights: Float64Array,
  threshold: number,
  isComparable: (a: Quantity, b: Quantity) => boolean = comparable,
  clustered: (a: Figure, b: Figure) => boolean = notClustered,
  alsoOnLowerBar: (i: number, j: number) => boolean = neverLower,
): FigurePair[] {
  // Pairs sharing a context term few figures have, down to the lowest bar any pair may need.
  const similar = similarIdPairs({
    ids,
    weights,
    groups: articleNumbers(figures),
    cap: FIGURE_POSTING_CAP,
    minSimilarity: threshold * SAME_FIGURE_DISCOUNT,
  });
  const pairs: FigurePair[] = [];
  const loneClose = loneCloseFigures(figures);
  for (let k = 0; k < similar.count; k++) {
    const [a, b, similarity] = [figures[similar.i[k]], figures[similar.j[k]], similar.similarity[k]];
    if (!mayBeOneFact(a, b, isComparable)) continue;
    const needed = sameFigure(a.q, b.q) || sameOutcome(a.outcome, b.outcome) || (clustered(a, b) && !farApart(a.q, b.q)) || loneClose(a, b)
      || alsoOnLowerBar(similar.i[k]!, similar.j[k]!)
      ? threshold * SAME_FIGURE_DISCOUNT
      : farApart(a.q, b.q)
        ? threshold * FAR_APART_PENALTY
        : threshold;
    if (similarity >= needed) pairs.push({ a, b, similarity, gap: figureGap(a.q, b.q) });
  }
  return pairs;
}

/** Article of each figure as a small integer, for pairing. */
function articleNumbers(figures: readonly Figure[]): Int32Array {
  const numbers = new Map<string, number>();
  return new Int32Array(figures.map((f) => {
    const known = numbers.get(f.claim.articleId);
    if (known !== undefined) return known;
    numbers.set(f.claim.articleId, numbers.size);
    return numbers.size - 1;
  }));
}

/** Where a figure stands and which article it is in, as small numbers (figures at one key share one number). */
interface FigureSlot {
  key: number;
  article: number;
}

/** Each candidate's figures numbered: matching asks about every candidate twice, and a number costs no string. */
function figureSlots(candidates: readonly FigurePair[]): { slots: Map<Figure, FigureSlot>; articles: number } {
  const keys = new Map<string, number>();
  const articles = new Map<string, number>();
  const slots = new Map<Figure, FigureSlot>();
  const number = (names: Map<string, number>, name: string) => {
    let n = names.get(name);
    if (n === undefined) names.set(name, (n = names.size));
    return n;
  };
  const add = (f: Figure) => {
    if (!slots.has(f)) slots.set(f, { key: number(keys, figureKey(f)), article: number(articles, f.claim.articleId) });
  };
  for (const p of candidates) {
    add(p.a);
    add(p.b);
  }
  return { slots, articles: articles.size };
}

/**
 * Pairs figures across articles, one to one for each pair of articles, most
 * alike first: a figure both outlets agree on (20,000 and 20,000) is used up by
 * that match and is never set against another figure of the other article.
 */
export function matchFigures(candidates: readonly FigurePair[]): FigurePair[] {
  // Ties are broken by the pair's keys joined, made only for pairs that tie.
  const tieKeys: (string | undefined)[] = new Array(candidates.length);
  const tieKey = (k: number) => (tieKeys[k] ??= figureKey(candidates[k]!.a) + figureKey(candidates[k]!.b));
  const order = candidates.map((_, k) => k);
  order.sort((x, y) => {
    const [px, py] = [candidates[x]!, candidates[y]!];
    return py.similarity - px.similarity || px.gap - py.gap || (tieKey(x) < tieKey(y) ? -1 : 1);
  });
  const { slots, articles } = figureSlots(candidates);
  // A figure used against an article: key * articles + article.
  const used = new Set<number>();
  const matched: FigurePair[] = [];
  for (const k of order) {
    const p = candidates[k]!;
    const [a, b] = [slots.get(p.a)!, slots.get(p.b)!];
    const usedA = a.key * articles + b.article;
    const usedB = b.key * articles + a.article;
    if (used.has(usedA) || used.has(usedB)) continue;
    used.add(usedA);
    used.add(usedB);
    matched.push(p);
  }
  return matched;
}
