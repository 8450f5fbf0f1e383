import type { ScannedToken, Token } from './types';
import { BASE_VERB, VERB_CLASS_BITS } from './token-traits';
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
 * What a word's own letters say about it being a finite verb; the strict
 * test may still look at the next token. Computed once per distinct word
 * (see `verbClassOf`): `isFiniteVerb` runs many times on every token.
 */
export enum VerbClass {
  /** Never a finite verb. */
  None,
  /** Always one: an auxiliary, "he's", a strong past ("fell"). */
  Finite,
  /** An -ed word that is usually an adjective ("wounded"): strict only before an object. */
  EdStop,
  /** A past reporting form ("reported"): strict unless "by" follows. */
  ReportingPast,
  /** A news verb's -ed or -s form ("agreed", "plans"): strict unless a preposition other than "to" follows. */
  NotBeforePreposition,
  /** A past form that may be a participle ("held"): strict only before an object-like word. */
  ObjectFollows,
}

/** The verb class of a word token from its text alone (the order of the tests matters). */
export function classifyVerb(text: string, lower: string, kind: Token['kind']): VerbClass {
  if (kind !== 'word') return VerbClass.None;
  if (AUXILIARIES.has(lower) || CONTRACTED_SUBJECT.test(lower)) return VerbClass.Finite;
  if (text[0] !== lower[0]) return VerbClass.None;
  if (STRONG_PAST.has(lower)) return VerbClass.Finite;
  if (ED_STOP_LIST.has(lower)) return VerbClass.EdStop;
  if (REPORTING_FORMS.has(lower) && (lower.endsWith('ed') || IRREGULAR_PAST_PARTICIPLES.has(lower) || lower === 'wrote')) return VerbClass.ReportingPast;
  const regularEd = isRegularEd(lower);
  if (regularEd && newsEdBase(lower) !== undefined) return VerbClass.NotBeforePreposition;
  if (IRREGULAR_PAST_PARTICIPLES.has(lower) || regularEd) return VerbClass.ObjectFollows;
  if (NEWS_VERB_S_FORMS.has(lower)) return VerbClass.NotBeforePreposition;
  return VerbClass.None;
}

/** The class stored on a scanned token (in its traits), or computed for a token made elsewhere. */
export function verbClassOf(t: Token): VerbClass {
  const traits = (t as Partial<ScannedToken>).traits;
  return traits !== undefined ? traits & VERB_CLASS_BITS : classifyVerb(t.text, t.lower, t.kind);
}

/**
 * Is token k a finite verb? Past forms that can also be participles or
 * adjectives ("wounded", "held") need an object-like word after them in
 * strict mode; -s forms count only for known news verbs.
 */
export function isFiniteVerb(tokens: readonly Token[], k: number, mode: VerbMode): boolean {
  const t = tokens[k];
  if (!t) return false;
  const c = verbClassOf(t);
  if (c === VerbClass.None) return false;
  if (c === VerbClass.Finite) return true;
  if (c === VerbClass.EdStop) {
    if (mode === 'loose') return false;
    const next = tokens[k + 1];
    return next !== undefined && (DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || /^\d/.test(next.lower));
  }
  if (mode === 'loose') return true;
  if (c === VerbClass.ReportingPast) return objectFollowsReporting(tokens, k + 1);
  if (c === VerbClass.NotBeforePreposition) return !isPrepositionOtherThanTo(tokens[k + 1]);
  return objectFollows(tokens, k + 1, false);
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
  if (t === undefined) return false;
  // A scanned token carries the answer in its traits: two Set look-ups saved on nearly every word.
  const traits = (t as Partial<ScannedToken>).traits;
  return traits !== undefined ? (traits & BASE_VERB) !== 0 : isBaseVerbText(t.text, t.lower, t.kind);
}

/** `isBaseVerb` from a token's text alone (stored in its traits, see `token-traits`). */
export function isBaseVerbText(text: string, lower: string, kind: Token['kind']): boolean {
  return kind === 'word' && text[0] === lower[0] && (NEWS_BASES.has(lower) || REPORTING_FORMS.has(lower));
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
