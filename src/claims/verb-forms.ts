import type { Token } from './types';
import { DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-lists';
import {
  AUXILIARIES,
  ED_STOP_LIST,
  IRREGULAR_PAST_PARTICIPLES,
  NEWS_VERBS,
  NEWS_VERB_S_FORMS,
  REPORTING_FORMS,
  STRONG_PAST,
} from './verb-lists';

/** How sure a caller needs to be: `loose` for "is there a verb at all", `strict` before cutting. */
export type VerbMode = 'strict' | 'loose';

const NEWS_BASES: ReadonlySet<string> = new Set(NEWS_VERBS);
const PARTICLES: ReadonlySet<string> = new Set(['back', 'up', 'down', 'out', 'off', 'away', 'home', 'forward', 'ahead']);
const REGULAR_ED = /^[a-z]+(?:-[a-z]+)*ed$/;
const CONTRACTED_SUBJECT = /^(?:i|you|he|she|it|we|they|there|that|who)'(?:s|re|ve|d|ll|m)$/;

function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text[0] === t.lower[0];
}

export function isAuxiliary(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && AUXILIARIES.has(t.lower);
}

/** "he's", "they'd", "there's": a subject and a finite verb in one token. */
export function isContractedSubject(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && CONTRACTED_SUBJECT.test(t.lower);
}

export function isRegularEd(lower: string): boolean {
  return lower.length >= 5 && REGULAR_ED.test(lower);
}

/** Lemma of a regular -ed form when its base is a known news verb ("agreed" -> "agree"). */
function newsEdBase(lower: string): string | undefined {
  if (!lower.endsWith('ed')) return undefined;
  const stem = lower.slice(0, -2);
  const candidates = [stem, `${stem}e`, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '', stem.slice(0, -1)];
  return candidates.find((c) => c !== '' && NEWS_BASES.has(c));
}

/** True when the word after a past form looks like its object or the clause end, not a noun it modifies. */
function objectFollows(tokens: readonly Token[], k: number, allowTo: boolean): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (t.kind === 'punct') return /^[.,;:!?"“”«»]$/.test(t.text);
  const w = t.lower;
  if (w === 'to') return allowTo;
  if (PREPOSITIONS.has(w)) return false;
  if (DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w) || SUBJECT_PRONOUNS.has(w) || PARTICLES.has(w)) return true;
  if (w === 'that' || /^\d/.test(w) || w.endsWith('ly')) return true;
  return !isLowerWord(t);
}

/**
 * Is token k a finite verb? Past forms that can also be participles or
 * adjectives ("wounded", "held") need an object-like word after them in
 * strict mode; -s forms count only for known news verbs.
 */
export function isFiniteVerb(tokens: readonly Token[], k: number, mode: VerbMode): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (AUXILIARIES.has(t.lower) || isContractedSubject(t)) return true;
  if (!isLowerWord(t)) return false;
  const w = t.lower;
  if (STRONG_PAST.has(w)) return true;
  if (ED_STOP_LIST.has(w)) {
    if (mode === 'loose') return false;
    const next = tokens[k + 1];
    return next !== undefined && (DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || /^\d/.test(next.lower));
  }
  const reportingPast = REPORTING_FORMS.has(w) && (w.endsWith('ed') || IRREGULAR_PAST_PARTICIPLES.has(w) || w === 'wrote');
  if (reportingPast) return mode === 'loose' || objectFollowsReporting(tokens, k + 1);
  const newsEd = isRegularEd(w) ? newsEdBase(w) : undefined;
  if (newsEd !== undefined) return mode === 'loose' || !isPrepositionOtherThanTo(tokens[k + 1]);
  if (IRREGULAR_PAST_PARTICIPLES.has(w) || isRegularEd(w)) return mode === 'loose' || objectFollows(tokens, k + 1, false);
  if (NEWS_VERB_S_FORMS.has(w)) return mode === 'loose' || !isPrepositionOtherThanTo(tokens[k + 1]);
  return false;
}

function isPrepositionOtherThanTo(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.lower !== 'to' && PREPOSITIONS.has(t.lower);
}

/** "said in a statement" is still a verb; "reported by" is a participle. */
function objectFollowsReporting(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !(t && t.kind === 'word' && t.lower === 'by');
}

/** A base form of a known verb ("they say", "officials warn"), only trusted after a plural or pronoun subject. */
export function isBaseVerb(t: Token | undefined): boolean {
  return isLowerWord(t) && t !== undefined && (NEWS_BASES.has(t.lower) || REPORTING_FORMS.has(t.lower));
}

/** True when any token of the range could be a verb: the test for "is this a clause at all". */
export function hasVerb(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = from; k < to; k++) {
    if (isFiniteVerb(tokens, k, 'loose')) return true;
    const prev = tokens[k - 1];
    if (k > from && isBaseVerb(tokens[k]) && !(prev && DETERMINERS.has(prev.lower))) return true;
  }
  return false;
}
