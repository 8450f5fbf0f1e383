import type { Claim, Quantity } from '../types';
import { claimContentWords } from './figure-context';
import type { ClaimContent } from '../cluster/claim-content';

/** What a casualty figure counts: the dead, the injured, the missing, the trapped, or the survivors. */
export type Outcome = 'dead' | 'injured' | 'missing' | 'trapped' | 'survived';

// Lemmas as claimTerms makes them ("killed" -> death, "killing" -> kill, "wounded" -> injury, "injuries" -> injuri).
const OUTCOME_OF_LEMMA: ReadonlyMap<string, Outcome> = new Map([
  ['death', 'dead'], ['die', 'dead'], ['kill', 'dead'], ['perish', 'dead'], ['drown', 'dead'], ['fatal', 'dead'],
  ['injury', 'injured'], ['injuri', 'injured'], ['hurt', 'injured'], ['wound', 'injured'],
  ['miss', 'missing'],
  // "killing two miners and leaving 31 trapped": the 31 are not dead, whatever word stands near.
  ['trap', 'trapped'], ['entomb', 'trapped'], ['strand', 'trapped'],
  ['survivor', 'survived'], ['surviv', 'survived'], ['aliv', 'survived'],
]);

/** Casualty words this many characters or more from a figure are taken to be about another figure. */
const MAX_OUTCOME_DISTANCE = 60;

/** A casualty word of a claim, claim-relative. */
export interface OutcomeWord {
  outcome: Outcome;
  start: number;
  end: number;
}

/** The casualty words of a claim, in order: found once, since each of its figures looks for the nearest. */
export function outcomeWords(claim: Claim): OutcomeWord[] {
  return outcomeWordsIn(claimContentWords(claim));
}

/** outcomeWords over a claim's content words already at hand (a ClaimReading holds them). */
export function outcomeWordsIn(content: Readonly<ClaimContent>): OutcomeWord[] {
  const words: OutcomeWord[] = [];
  const { lemmas, starts, ends } = content;
  for (let k = 0; k < lemmas.length; k++) {
    const outcome = OUTCOME_OF_LEMMA.get(lemmas[k]);
    if (outcome) words.push({ outcome, start: starts[k], end: ends[k] });
  }
  return words;
}

/**
 * Whether a figure counts the dead or the injured, by the casualty word
 * nearest to it in its claim ("34 workers died and 234 were hurt": 34 dead,
 * 234 injured). Undefined when no such word is near. A death toll and an
 * injury count of one event are two facts, never a conflict.
 */
export function figureOutcome(claim: Claim, q: Quantity): Outcome | undefined {
  return nearestOutcome(outcomeWords(claim), claim, q);
}

/** Subjects the figures stage reads off the grammar ("60 were injured", "the death toll rose to 9"). */
const OUTCOME_OF_SUBJECT: ReadonlyMap<string, Outcome> = new Map([
  ['death', 'dead'], ['injury', 'injured'], ['missing', 'missing'], ['survivor', 'survived'],
]);

/**
 * figureOutcome over the claim's casualty words already found (`outcomeWords`).
 * A figure whose subject is the dead or the injured is taken at its word: in
 * "nine died and more than 60 were injured" the nearest casualty word to 60 is "died".
 */
export function nearestOutcome(words: readonly OutcomeWord[], claim: Claim, q: Quantity): Outcome | undefined {
  const own = q.subject === undefined ? undefined : OUTCOME_OF_SUBJECT.get(q.subject);
  if (own !== undefined) return own;
  const qStart = q.span.start - claim.span.start;
  const qEnd = q.span.end - claim.span.start;
  let best: OutcomeWord | undefined;
  let bestDistance = Infinity;
  for (const word of words) {
    const { start, end } = word;
    const distance = start >= qEnd ? start - qEnd : end <= qStart ? qStart - end : 0;
    // Strictly nearer: of two words as near, the first wins.
    if (distance < MAX_OUTCOME_DISTANCE && distance < bestDistance) [best, bestDistance] = [word, distance];
  }
  return best?.outcome;
}

/** Two figures that both name an outcome, and different ones: the dead against the injured, the missing or the survivors. */
export function differentOutcomes(a: Outcome | undefined, b: Outcome | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** Two figures that count the same outcome: a death toll against a death toll. */
export function sameOutcome(a: Outcome | undefined, b: Outcome | undefined): boolean {
  return a !== undefined && a === b;
}

/**
 * People counted as what they are, not as what befell them: "only 11 doctors"
 * is the district's staff, not a toll. Victims, survivors and the generic
 * "people" are left out: they are what tolls count.
 */
const HEADCOUNT_SUBJECTS: ReadonlySet<string> = new Set([
  'soldier', 'fighter', 'police', 'official', 'worker', 'employee', 'staff', 'personnel', 'doctor', 'nurse',
  'teacher', 'student', 'officer', 'minister', 'lawmaker', 'delegate', 'diplomat', 'journalist', 'volunteer',
  'rescuer', 'member', 'voter', 'user', 'farmer', 'miner', 'resident', 'citizen', 'villager',
]);

/**
 * A casualty figure (the dead, the injured) against a head count with no
 * casualty word near it ("killed 23 people" against "has only 11 doctors"):
 * two facts. "34 workers died" has its outcome and is a toll like any other.
 */
export function tollAgainstHeadcount(a: { q: Quantity; outcome?: Outcome }, b: { q: Quantity; outcome?: Outcome }): boolean {
  return isHeadcount(a) ? isToll(b) : isHeadcount(b) && isToll(a);
}

const isToll = (f: { outcome?: Outcome }) => f.outcome === 'dead' || f.outcome === 'injured';
const isHeadcount = (f: { q: Quantity; outcome?: Outcome }) => f.outcome === undefined && f.q.subject !== undefined && HEADCOUNT_SUBJECTS.has(f.q.subject);
