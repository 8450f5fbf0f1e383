import type { Figure, FigurePair } from './match-figures';

/**
 * Counts that grow while a story unfolds: a later article with a higher
 * figure is reporting an update, not contradicting the earlier one.
 */
export const GROWING_SUBJECTS: ReadonlySet<string> = new Set(['death', 'injury', 'casualty', 'refugee', 'migrant', 'arrival', 'case', 'evacuee']);

/** Lemmas near a count of people that make it a toll ("30 people were killed", "12 people died"). */
const GROWING_CONTEXT: ReadonlySet<string> = new Set(['die', 'death', 'kill', 'injury', 'injur', 'wound', 'casualty', 'arriv', 'evacu', 'infect', 'missing']);

function grows(f: Figure): boolean {
  const subjects = f.q.subject?.split('+') ?? [];
  if (subjects.length > 0 && subjects.every((s) => GROWING_SUBJECTS.has(s))) return true;
  return subjects.length === 1 && subjects[0] === 'person' && f.context.some((t) => GROWING_CONTEXT.has(t));
}

/** The pair as [earlier, later] by publication day, or undefined when the days are unknown or equal. */
export function byPublication(p: FigurePair, publishedAtOf: (articleId: string) => string | undefined): [FigurePair['a'], FigurePair['b']] | undefined {
  const da = publishedAtOf(p.a.claim.articleId)?.slice(0, 10);
  const db = publishedAtOf(p.b.claim.articleId)?.slice(0, 10);
  if (!da || !db || da === db) return undefined;
  return da < db ? [p.a, p.b] : [p.b, p.a];
}

/** True when a later article raises a growing count: an update, not a conflict. */
export function isUpdate(p: FigurePair, publishedAtOf: (articleId: string) => string | undefined): boolean {
  if (!grows(p.a) || !grows(p.b)) return false;
  const ordered = byPublication(p, publishedAtOf);
  return !!ordered && ordered[1].q.value > ordered[0].q.value;
}
