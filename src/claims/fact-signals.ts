import type { Token } from './types';
import { AUXILIARIES } from './verb-lists';
import { isFiniteVerb } from './verb-forms';

/**
 * Signs that a stretch of words states something checkable: a figure, a date,
 * a name, or a verb of its own. The relative-clause lift and the opinion skip
 * both ask these questions, so they answer them the same way.
 */

/** Number words that make a figure ("two ministers", "a dozen", "hundreds"). "one" is handled apart: it is also a pronoun. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'dozen', 'dozens', 'half', 'twice', 'percent', 'twofold', 'threefold',
]);

const DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today', 'tomorrow',
  'tonight', 'overnight', 'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades',
]);

/** Verbs that only link or help: "who is popular" holds no event of its own. */
const LINKING_VERBS: ReadonlySet<string> = new Set([...AUXILIARIES, 'been', 'being', 'seems', 'seemed', 'remains', 'remained', 'became', 'becomes', 'looks', 'looked']);

/** Capitalised words that are not names. */
const NOT_NAMES: ReadonlySet<string> = new Set(['i']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** A digit, a number word, or "one" anywhere but as the first word (where it is a pronoun: "One can only hope"). */
export function hasFigure(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (/\d/.test(t.text) || t.text === '%') return true;
    if (isWord(t) && (NUMBER_WORDS.has(t.lower) || (t.lower === 'one' && k > 0))) return true;
  }
  return false;
}

/** A weekday, a month (capitalised "May" only), a relative day, or a span of time. */
export function hasDate(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (DATE_WORDS.has(t.lower) || (t.text === 'May' && k > 0)) return true;
  }
  return false;
}

/** A capitalised word that does not open the text or follow an opening mark: most likely a name. */
export function hasName(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = Math.max(from, 1); k < to; k++) {
    const t = tokens[k];
    if (!isWord(t) || NOT_NAMES.has(t.lower) || t.text[0] === t.lower[0]) continue;
    const prev = tokens[k - 1];
    // After sentence-like punctuation or an opening quote a capital says nothing.
    if (prev && prev.kind === 'punct' && /^[.!?:"“«(\[]$/.test(prev.text)) continue;
    return true;
  }
  return false;
}

/** A finite verb that is not only a linking or helping verb ("who is popular" has none; "who fled" has one). */
export function hasOwnVerb(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t) || LINKING_VERBS.has(t.lower)) continue;
    // Right after a helping verb a participle is the verb ("has fled", "was arrested").
    const afterAux = k > from && LINKING_VERBS.has(tokens[k - 1].lower);
    if (isFiniteVerb(tokens, k, afterAux ? 'loose' : 'strict')) return true;
  }
  return false;
}

/** Any of the signs of a checkable fact. */
export function carriesFact(tokens: readonly Token[], from: number, to: number): boolean {
  return hasFigure(tokens, from, to) || hasDate(tokens, from, to) || hasName(tokens, from, to) || hasOwnVerb(tokens, from, to);
}
