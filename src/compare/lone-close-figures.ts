import type { Figure } from './match-figures';

/** Figures at most this many times apart are "close": a misprint, a stale or a rounded figure. */
export const CLOSE_RATIO = 1.5;

/** How many times the larger value is the smaller; Infinity when either is 0 or below. */
function ratio(a: number, b: number): number {
  if (a <= 0 || b <= 0) return Infinity;
  return a > b ? a / b : b / a;
}

/** Whether two values are close (at most CLOSE_RATIO apart, both above 0): a misprint or a rounding of one figure. */
export const closeValues = (a: number, b: number): boolean => ratio(a, b) <= CLOSE_RATIO;

/**
 * Figures of the unit further apart than this are of another magnitude and
 * no rival: a "45-metre section" is still its article's only length of its
 * kind beside a town "30 km" away and a river "12 metres deep" (as FAR_APART_RATIO).
 */
const OTHER_MAGNITUDE = 3;

/** Counts under this recur across a story ("six miners", "nine miners" of different moments): too common to pair by rarity. */
const MIN_COUNT = 10;

/** A small count of people or things. */
const isSmallCount = (f: Figure) => (f.q.unit === 'count' || f.q.unit === 'people') && Math.abs(f.q.value) < MIN_COUNT;

/** Figures that can stand for a fact of the news: not dates, not background, not a part of a group, not a small count. */
const isNewsFigure = (f: Figure) => f.q.unit !== 'date' && !f.past && !f.part && !isSmallCount(f);

/**
 * Whether two figures of different articles are close in value and each is
 * its article's only figure of that unit (repeats of its own value, and
 * figures of another magnitude, aside):
 * "$4.2bn" and "$4.8 billion" in two reports of one spending package, no
 * other dollar sum in either. Such a pair is likely one fact however
 * differently the outlets word it, so it is matched on a lower bar of
 * context similarity. Built once per story; asked for every candidate pair.
 */
export function loneCloseFigures(figures: readonly Figure[]): (a: Figure, b: Figure) => boolean {
  const byArticleUnit = new Map<string, Figure[]>();
  // Every figure of the unit counts against loneliness, small ones too; only news figures are paired.
  for (const f of figures) {
    if (f.q.unit === 'date' || f.past || f.part) continue;
    const key = `${f.claim.articleId}|${f.q.unit}`;
    const list = byArticleUnit.get(key);
    if (list) list.push(f);
    else byArticleUnit.set(key, [f]);
  }
  const onlyOfUnit = (own: Figure) =>
    (byArticleUnit.get(`${own.claim.articleId}|${own.q.unit}`) ?? []).every((f) => f === own || f.q.value === own.q.value || ratio(f.q.value, own.q.value) > OTHER_MAGNITUDE);
  return (a, b) => {
    if (a.q.unit !== b.q.unit || !isNewsFigure(a) || !isNewsFigure(b)) return false;
    if (a.q.value === b.q.value || ratio(a.q.value, b.q.value) > CLOSE_RATIO) return false;
    return onlyOfUnit(a) && onlyOfUnit(b);
  };
}
