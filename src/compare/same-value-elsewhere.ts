import type { Quantity } from '../types';
import { figureKey, type Figure } from './match-figures';
import { subjectsCompatible } from '../quantities/subjects-compatible';
import { PEOPLE_CATEGORIES } from '../quantities/tables/subject-categories';
import { differentOutcomes } from './figure-outcome';

/**
 * Figures whose stated number, in the same unit, another origin of the story
 * also states ("at least 42 people died" and "the death toll stood at 42"),
 * even where the words around them differ too much for the figure matcher.
 * Used only to keep such figures out of single-source findings: agreeing on
 * an exact number is itself corroboration, and a wrong pairing here can only
 * hide a single-source note, never raise a conflict.
 */
export function sameValueElsewhere(figures: readonly Figure[], originOf: (articleId: string) => string): Set<string> {
  const byValue = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${unitFamily(f.q)}|${f.q.value}`;
    const list = byValue.get(key);
    if (list) list.push(f);
    else byValue.set(key, [f]);
  }
  const found = new Set<string>();
  for (const group of byValue.values()) {
    // A group shares its unit family and number, so it is all small bare counts or none: skip those whole.
    if (group.length < 2 || isBareSmall(group[0]!.q)) continue;
    const origins = group.map((f) => originOf(f.claim.articleId));
    group.forEach((f, i) => {
      if (group.some((g, j) => origins[j] !== origins[i] && agree(f, g))) found.add(figureKey(f));
    });
  }
  return found;
}

/** A head count and a bare count are one family: "42 people" and "the toll stood at 42". */
export function unitFamily(q: Quantity): string {
  return q.unit === 'people' ? 'count' : q.unit;
}

/** Counts people of some kind ("2,400 workers", "2,400 staff"). */
function countsPeople(q: Quantity): boolean {
  return q.unit === 'people' || (q.subject !== undefined && q.subject.split('+').some((s) => PEOPLE_CATEGORIES.has(s)));
}

/** Same subject, one unsaid, or people both; and not the dead against the injured. */
function agree(a: Figure, b: Figure): boolean {
  const subjects = subjectsCompatible(a.q.subject, b.q.subject) || (countsPeople(a.q) && countsPeople(b.q));
  return subjects && !differentOutcomes(a.outcome, b.outcome) && !isBareSmall(a.q);
}

/** Small bare numbers ("two", "3") recur across unrelated facts of a story. */
function isBareSmall(q: Quantity): boolean {
  return Math.abs(q.value) < 10 && unitFamily(q) === 'count';
}

/**
 * An article that repeats a figure (headline and body) has only one of the
 * two matched; the repeat is reported elsewhere just as much. Adds, to
 * `elsewhere`, every figure whose article, unit and number one already there has.
 */
export function addRepeats(figures: readonly Figure[], elsewhere: Set<string>): void {
  // Each figure's article, unit and number as one key, made once.
  const sameIn = figures.map((f) => `${f.claim.articleId}|${f.q.unit}|${f.q.value}`);
  const found = new Set<string>();
  figures.forEach((f, k) => {
    if (elsewhere.has(figureKey(f))) found.add(sameIn[k]!);
  });
  figures.forEach((f, k) => {
    if (found.has(sameIn[k]!)) elsewhere.add(figureKey(f));
  });
}
