import type { Token } from '../types';
import { isApostrophe, isPunct, isWord } from '../tokens/token-helpers';
import { canonicalSubject, knownCategory } from './categorize';
import { isRegularPastForm } from '../dates/tense-words';

/**
 * Words that link a count's head to its figure when the head comes first:
 * "the death toll has risen to 57", "the number of dead stood at 37".
 */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands',
  'is', 'was', 'were', 'are', 'jumped', 'increased', 'grew', 'hit', 'topped', 'soared', 'surged',
  'mounted', 'passed', 'exceeded', 'fell', 'dropped', 'declined', 'totalled', 'totaled', 'totals',
  'numbered', 'numbers', 'went', 'gone', 'goes', 'go', 'stand',
  // How rates move: "inflation eased to 8.4%", "unemployment held at 5 percent".
  'eased', 'slowed', 'accelerated', 'quickened', 'cooled', 'edged', 'ticked', 'picked', 'held', 'remained', 'stayed', 'hovered',
  'averaged', 'averages',
  // How counts multiply: "the number of cases doubled to 400".
  'doubled', 'tripled', 'trebled', 'quadrupled', 'halved',
]);
/** Words that may sit among the linking verbs without being one: "has now risen to", "went up to". */
const LINKING_FILLERS: ReadonlySet<string> = new Set(['has', 'had', 'have', 'been', 'now', 'already', 'up', 'to', 'at', 'will', 'would']);
/** Tokens an appositive between a head and its verb may span: "the toll, [the highest since 2010], rose to 57". */
const MAX_APPOSITIVE_TOKENS = 16;
const MAX_LINK_WORDS = 4;
/** Verbs that set a head at a figure with a bare "at": "officials put the death toll at 45", "reported turnout at 81%". */
const ESTIMATING_VERBS: ReadonlySet<string> = new Set([
  'put', 'puts', 'putting', 'placed', 'places', 'estimated', 'estimates', 'set', 'sets', 'reported', 'reports', 'pegged', 'pegs',
]);
// Room for "put [the number of newly displaced] people at".
const MAX_ESTIMATE_DISTANCE = 7;
/** Prepositions of a short phrase between a head and its verb: "the death toll from the fire rose to 12". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'after', 'across', 'among']);
/** Tokens of the phrases stepped over, chained ones included: "the toll from Monday's quake in the hills rose to 57". */
const MAX_PHRASE_TOKENS = 12;

/** What a toll counts, by the word before "toll"; a bare toll in the news is a death toll. */
const TOLL_KINDS: ReadonlyMap<string, string> = new Map([['death', 'death'], ['casualty', 'casualty'], ['injury', 'injury']]);
/** Heads that say what they count on their own, without "the number of": "deaths rose to 12", "police put the crowd at 12,000". */
const SELF_COUNTING: ReadonlySet<string> = new Set(['death', 'injury', 'casualty', 'crowd']);
/** Nouns that count what their "of" phrase names: "the number of refugees". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'count', 'total', 'tally']);

const wordAt = (tokens: Token[], k: number): string | undefined => (tokens[k]?.kind === 'word' ? tokens[k].lower : undefined);

/** Words that may describe the head between "of" and it: "the number of [newly] [displaced] people". */
const MAX_MODIFIERS = 2;

/** Nouns that end like an -ly adverb. */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'rally', 'july', 'italy']);

/** An -ly adverb ("newly", "seriously"): it describes a participle, never names what is counted. */
const isAdverb = (word: string): boolean => word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word);

/** Whether the head at k is what a count noun counts: "the number of [the] dead", "the number of affected patients". */
function isCountedByOf(tokens: Token[], k: number): boolean {
  for (let of = k - 1, modifiers = 0; modifiers <= MAX_MODIFIERS; of--, modifiers++) {
    const at = of - (isWord(tokens[of], 'the') ? 1 : 0);
    if (isWord(tokens[at], 'of')) return COUNT_NOUNS.has(wordAt(tokens, at - 1) ?? '');
    // A participle after a noun is no head with modifiers: "the number of people [detained]" counts people.
    // After an adverb it is the head, made a noun: "the number of the newly infected".
    const before = wordAt(tokens, of);
    if (before === undefined || (isRegularPastForm(wordAt(tokens, k)!) && !isAdverb(before))) return false;
  }
  return false;
}

/** What the head word at k counts, when it is a toll, a casualty word or what "the number of" names. */
function countedBy(tokens: Token[], k: number): string | undefined {
  const head = wordAt(tokens, k);
  if (head === undefined) return undefined;
  if (head === 'toll') return TOLL_KINDS.get(wordAt(tokens, k - 1) ?? '') ?? 'death';
  const category = knownCategory(head);
  if (category !== undefined && SELF_COUNTING.has(category)) return category;
  return isCountedByOf(tokens, k) ? category ?? canonicalSubject(head) : undefined;
}

/**
 * countedBy at k, or before the short prepositional phrases that end at k:
 * "toll [from the fire]", "toll [from Monday's quake] [in the hills]". Only
 * words and possessive apostrophes are stepped over.
 */
function countedByOrBeforePhrase(tokens: Token[], k: number): string | undefined {
  return readBeforePhrases(tokens, k, countedBy);
}

/**
 * `read` at k, or at the head before the short prepositional phrases that
 * end at k: "toll [from the fire]", "inflation [in Kenya]", "people [detained
 * in the two cities]". Only words, numbers and possessive apostrophes are
 * stepped over.
 */
export function readBeforePhrases(tokens: Token[], k: number, read: (tokens: Token[], k: number) => string | undefined): string | undefined {
  const direct = read(tokens, k);
  if (direct !== undefined) return direct;
  for (let p = k; p >= k - MAX_PHRASE_TOKENS && p > 0; p--) {
    // A number inside a phrase ("in the two cities") is stepped over like its words.
    if (isApostrophe(tokens[p]) || tokens[p]?.kind === 'num') continue;
    const word = wordAt(tokens, p);
    if (word === undefined) return undefined;
    // A participle after the head opens a phrase too: "the number of people [detained in ...]",
    // and so does "who": "the number of people [who fell ill]".
    if (!PHRASE_PREPOSITIONS.has(word) && !isRegularPastForm(word) && word !== 'who') continue;
    const head = read(tokens, p - 1);
    if (head !== undefined) return head;
  }
  return undefined;
}

/** Whether an estimating verb stands shortly before token k: "put [the death toll] at". */
function estimatedBefore(tokens: Token[], k: number): boolean {
  for (let p = k - 1; p >= k - MAX_ESTIMATE_DISTANCE && p >= 0; p--) {
    const word = wordAt(tokens, p);
    if (word === undefined) return false;
    if (ESTIMATING_VERBS.has(word)) return true;
  }
  return false;
}

/**
 * The token before the linking words ahead of a figure ("toll [has risen
 * to] 57"), when a linking verb is among them; else nothing.
 */
export function linkedHeadIndex(tokens: Token[], first: number): number | undefined {
  let k = first - 1;
  let verb = false;
  for (let n = 0; n < MAX_LINK_WORDS && wordAt(tokens, k) !== undefined; n++, k--) {
    const lower = tokens[k].lower;
    if (LINKING_VERBS.has(lower)) verb = true;
    else if (!LINKING_FILLERS.has(lower)) break;
  }
  if (!verb) return undefined;
  // "inflation, which slowed to 8.9 percent": the relative pronoun stands for the noun before its comma.
  if (isWord(tokens[k], 'which', 'that') && isPunct(tokens[k - 1], ',')) return k - 2;
  return isPunct(tokens[k], ',') ? beforeAppositive(tokens, k) : k;
}

/** The token before an appositive that ends with the comma at k ("the VAT rate[, the tax everyone pays,]"), else k. */
function beforeAppositive(tokens: Token[], k: number): number {
  for (let p = k - 1; p >= 1 && k - p <= MAX_APPOSITIVE_TOKENS; p--) {
    if (isPunct(tokens[p], ',')) return p - 1;
    if (tokens[p]!.kind === 'punct' && !isApostrophe(tokens[p])) return k;
  }
  return k;
}

/**
 * The subject of a figure whose head noun comes before it, linked by a verb:
 * "the death toll rose to 57" (death), "the number of refugees reached
 * 20,000" (refugee), "casualties climbed to 300", "the toll from the fire
 * rose to 12", "officials put the death toll at 45". attachSubjects asks here
 * after a known noun following the figure, which wins.
 */
export function subjectBefore(tokens: Token[], first: number): string | undefined {
  const linked = linkedHeadIndex(tokens, first);
  if (linked !== undefined) return countedByOrBeforePhrase(tokens, linked);
  // "put the crowd [in Syntagma Square] at 12,000": the estimating verb stands before the head, phrases or not.
  if (!isWord(tokens[first - 1], 'at') || wordAt(tokens, first - 2) === undefined) return undefined;
  return readBeforePhrases(tokens, first - 2, estimatedCount);
}

/** What the head at k counts, when an estimating verb stands shortly before it ("put [the death toll] at"). */
function estimatedCount(tokens: Token[], k: number): string | undefined {
  return estimatedBefore(tokens, k) ? countedBy(tokens, k) : undefined;
}

/** The head of "put the toll at 45": the word right before "at", with an estimating verb shortly before it. */
export function estimatedHeadIndex(tokens: Token[], first: number): number | undefined {
  const k = first - 2;
  if (!isWord(tokens[first - 1], 'at') || wordAt(tokens, k) === undefined) return undefined;
  return estimatedBefore(tokens, k) ? k : undefined;
}
