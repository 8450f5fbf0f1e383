import { figureKey, type Figure, type FigurePair } from './match-figures';
import { publicationInstant } from '../quantities/dates/publication-instant';

/**
 * Counts that grow while a story unfolds: a later article with a higher
 * figure is reporting an update, not contradicting the earlier one.
 */
export const GROWING_SUBJECTS: ReadonlySet<string> = new Set(['death', 'injury', 'casualty', 'refugee', 'migrant', 'arrival', 'case', 'evacuee', 'displaced']);

/**
 * Lemmas near a count of people that make it a running count: a toll ("30 people were killed",
 * "12 people died", "displaced 12,000 people") or the arrests of unrest ("23 people were detained").
 */
const GROWING_CONTEXT: ReadonlySet<string> = new Set([
  'die', 'death', 'kill', 'injury', 'injur', 'wound', 'casualty', 'arriv', 'evacu', 'infect', 'displac', 'homeless', 'detain', 'arrest',
  // The sick of an outbreak or a poisoning: "158 people fell ill", "sickened 40".
  'ill', 'sick', 'sicken',
]);

/** Whether a figure counts something that grows as a story unfolds (a toll, the displaced). */
export function grows(f: Figure): boolean {
  const subjects = f.q.subject?.split('+') ?? [];
  if (subjects.length > 0 && subjects.every((s) => GROWING_SUBJECTS.has(s))) return true;
  return subjects.length === 1 && subjects[0] === 'person' && f.context.some((t) => GROWING_CONTEXT.has(t));
}

/**
 * Articles published closer together than this (a quarter of a day's news
 * cycle) are too close to tell an update from a disagreement: a higher count
 * in the later one stays a conflict for an editor to check, as it did for two
 * articles of one day before timestamps were read.
 */
const MIN_UPDATE_LAG_MS = 6 * 3_600_000;

/**
 * The pair as [earlier, later] by publication: by the instant when both
 * articles give a full timestamp (two editions of one day), else by the day.
 * Undefined when either is unknown, when the days are equal, or when the
 * instants lie less than MIN_UPDATE_LAG_MS apart (no order to read).
 */
export function byPublication(p: FigurePair, publishedAtOf: (articleId: string) => string | undefined): [FigurePair['a'], FigurePair['b']] | undefined {
  const [pa, pb] = [publishedAtOf(p.a.claim.articleId), publishedAtOf(p.b.claim.articleId)];
  const [ta, tb] = [publicationInstant(pa), publicationInstant(pb)];
  if (ta !== undefined && tb !== undefined) {
    if (Math.abs(ta - tb) < MIN_UPDATE_LAG_MS) return undefined;
    return ta < tb ? [p.a, p.b] : [p.b, p.a];
  }
  const [da, db] = [pa?.slice(0, 10), pb?.slice(0, 10)];
  if (!da || !db || da === db) return undefined;
  return da < db ? [p.a, p.b] : [p.b, p.a];
}

/** True when a later article raises a growing count: an update, not a conflict. */
export function isUpdate(p: FigurePair, publishedAtOf: (articleId: string) => string | undefined): boolean {
  if (!grows(p.a) || !grows(p.b)) return false;
  const ordered = byPublication(p, publishedAtOf);
  return !!ordered && ordered[1].q.value > ordered[0].q.value;
}

/**
 * The figures a conflict finding should cite: every figure of the fact that
 * takes part in at least one pair that is not an update. A figure matched only
 * through updates (the first, lower toll of a rising count) is no side of the
 * disagreement.
 */
export function figuresBesideUpdates(fact: { figures: readonly Figure[]; pairs: readonly FigurePair[] }, isUpdatePair: (p: FigurePair) => boolean): Figure[] {
  const cited = new Set<string>();
  for (const p of fact.pairs) {
    if (isUpdatePair(p)) continue;
    cited.add(figureKey(p.a));
    cited.add(figureKey(p.b));
  }
  return fact.figures.filter((f) => cited.has(figureKey(f)));
}
