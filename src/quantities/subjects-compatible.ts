import { CATEGORY_SUPERSETS } from './tables/subject-categories';
import { isPeopleSubject } from './subject/categorize';
import { SUBJECT_SYNONYMS } from './tables/subject-synonyms';

/** Nouns for a piece of something ("a 45-metre section"): they say how it is measured, not what, so any subject may be meant. */
const PART_NOUNS: ReadonlySet<string> = new Set(['section', 'stretch', 'part', 'portion', 'segment', 'span', 'piece', 'length', 'strip']);

/** Two nouns for one kind of thing ("house" and "home"). */
function synonyms(a: string, b: string): boolean {
  const group = SUBJECT_SYNONYMS[a];
  return group !== undefined && group === SUBJECT_SYNONYMS[b];
}

function parts(subject: string): string[] {
  return subject.split('+').filter((p) => p.length > 0);
}

/**
 * People counted by what befell them, with the noun left out ("31 trapped", "four missing"):
 * any kind of people may be meant, as with "person". The dead and injured are told apart by
 * outcome instead (compare/figure-outcome.ts).
 */
const STATES: ReadonlySet<string> = new Set(['missing', 'trapped', 'displaced']);

/** What befell people, not who they are: a state is never filled by another ("trapped" is not "missing"). */
const FATES: ReadonlySet<string> = new Set([...STATES, 'death', 'injury', 'casualty']);

/** Whether a is "person", which any people category may fill, or a state, which any kind of people may. */
function holdsAnyPeople(a: string, b: string): boolean {
  if (a === 'person') return isPeopleSubject(b);
  return STATES.has(a) && isPeopleSubject(b) && !FATES.has(b);
}

/** Shortest head a compound is read by: "seabird" is a bird, "warship" a ship; "grandson" is no "son" of this kind. */
const MIN_HEAD = 4;

/** Whether a is a compound whose head is b: "seabird" and "bird", "farmworker" and "worker". */
function compoundOf(a: string, b: string): boolean {
  return b.length >= MIN_HEAD && a.length > b.length && a.endsWith(b);
}

/** True when category a is b, a synonym of it, or one of them contains the other ("person" contains "soldier", and "fisherman"). */
function partsMeet(a: string, b: string): boolean {
  return a === b || compoundOf(a, b) || compoundOf(b, a) || synonyms(a, b) || holdsAnyPeople(a, b) || holdsAnyPeople(b, a) || (CATEGORY_SUPERSETS[a]?.has(b) ?? false) || (CATEGORY_SUPERSETS[b]?.has(a) ?? false);
}

/**
 * Could two quantities count the same thing? True when both subjects are
 * unknown, equal, or share a category ("civilian+soldier" and "soldier").
 * An unknown subject on one side only is not evidence of a difference, so
 * it is compatible too; the caller still compares units and context.
 */
export function subjectsCompatible(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined || a === '' || b === '') return true;
  if (PART_NOUNS.has(a) || PART_NOUNS.has(b)) return true;
  if (a === b) return true;
  const left = parts(a);
  const right = parts(b);
  return left.some((x) => right.some((y) => partsMeet(x, y)));
}
