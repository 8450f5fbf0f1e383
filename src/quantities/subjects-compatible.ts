import { CATEGORY_SUPERSETS } from './tables/subject-categories';
import { isPeopleSubject } from './subject/categorize';
import { SUBJECT_SYNONYMS } from './tables/subject-synonyms';

/** Two nouns for one kind of thing ("house" and "home"). */
function synonyms(a: string, b: string): boolean {
  const group = SUBJECT_SYNONYMS[a];
  return group !== undefined && group === SUBJECT_SYNONYMS[b];
}

function parts(subject: string): string[] {
  return subject.split('+').filter((p) => p.length > 0);
}

/** True when category a is b, a synonym of it, or one of them contains the other ("person" contains "soldier", and "fisherman"). */
function partsMeet(a: string, b: string): boolean {
  return a === b || synonyms(a, b) || (a === 'person' && isPeopleSubject(b)) || (b === 'person' && isPeopleSubject(a)) || (CATEGORY_SUPERSETS[a]?.has(b) ?? false) || (CATEGORY_SUPERSETS[b]?.has(a) ?? false);
}

/**
 * Could two quantities count the same thing? True when both subjects are
 * unknown, equal, or share a category ("civilian+soldier" and "soldier").
 * An unknown subject on one side only is not evidence of a difference, so
 * it is compatible too; the caller still compares units and context.
 */
export function subjectsCompatible(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined || a === '' || b === '') return true;
  if (a === b) return true;
  const left = parts(a);
  const right = parts(b);
  return left.some((x) => right.some((y) => partsMeet(x, y)));
}
