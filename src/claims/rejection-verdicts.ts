import type { Token } from './types';
import { REFUSABLE_THINGS } from './refusal-words';

/**
 * Rejections said without a rejecting verb: a verdict of falsity on a
 * statement or an outcome ("called the count a fraud", "denounced the
 * election as rigged", "said the allegations were baseless"), or a refusal to
 * accept one ("refuses to accept the results"). Turning down an offer is
 * still no rejection (see refusal-words).
 */

/** Outcomes one can contest as well as statements: a vote's result is a claim about it. */
export const OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'results', 'result', 'outcome', 'tally', 'count', 'vote', 'election', 'ballot', 'poll', 'figures', 'findings', 'data', 'statistics',
]);

/** Words that declare a statement or outcome false. */
export const FALSITY_WORDS: ReadonlySet<string> = new Set([
  'unfounded', 'baseless', 'groundless', 'false', 'untrue', 'fabricated', 'fabrication', 'fabrications', 'lie', 'lies',
  'fraud', 'fraudulent', 'rigged', 'falsified', 'sham', 'farce', 'nonsense', 'bogus', 'fake', 'invented', 'misleading',
  'inaccurate', 'fiction', 'fictitious', 'wrong', 'incorrect', 'mistaken', 'erroneous', 'absurd', 'ridiculous',
]);

/** Verbs that pass a verdict on their object: "called X a fraud", "denounced X as rigged". */
export const VERDICT_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'calling', 'denounced', 'denounces', 'denouncing', 'branded', 'brands', 'branding',
  'labelled', 'labeled', 'labels', 'condemned', 'condemns', 'described', 'describes', 'decried', 'decries',
]);

/** Verbs of acceptance that, refused, contest an outcome ("refused to recognise the results"). */
export const ACCEPTING_VERBS: ReadonlySet<string> = new Set(['accept', 'recognise', 'recognize', 'acknowledge', 'endorse']);
const REFUSING_WORDS: ReadonlySet<string> = new Set(['refuse', 'refuses', 'refused', 'refusing', 'declined', 'declines', 'not', 'never']);

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Words that may stand between "were" and the verdict ("were completely unfounded", "was a lie"). */
const VERDICT_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'completely', 'entirely', 'totally', 'wholly', 'utterly', 'simply', 'all', 'absolutely', 'patently', 'clearly', 'plainly']);

/** How far after the verb its object may name what is judged ("called the preliminary vote count ..."). */
const OBJECT_REACH = 5;
/** How far before "were" the subject may name what is judged ("the claims of dumping were ..."). */
const VERDICT_REACH = 4;
/** "refused to accept the first-round results": the object's noun comes within three words. */
const ACCEPT_REACH = 3;

/** Pronouns that stand for what was just said when they open a verdict ("says that never happened"). */
const POINTING_SUBJECTS: ReadonlySet<string> = new Set(['that', 'this', 'it']);
/** Verbs of saying a pronoun verdict follows: "the department says that never happened". */
const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'insisted', 'insists', 'added', 'maintained', 'maintains', 'stated']);
/** Falsity words a pronoun may be declared (not "wrong": "that was wrong" judges a deed, not a statement). */
const POINTED_FALSITY: ReadonlySet<string> = new Set(['untrue', 'false', 'lie', 'nonsense', 'fiction', 'fabrication', 'baseless', 'unfounded']);

/** The last word of every pronoun verdict ("never happened", "not true", "untrue"): a claim without one needs no look. */
export const PRONOUN_VERDICT_ENDS: ReadonlySet<string> = new Set(['happened', 'happen', 'true', ...POINTED_FALSITY]);

/** Index of the word that makes `words` a verdict-rejection, or -1. `disputable` holds statement words. */
export function verdictRejectionIndex(words: readonly Token[], disputable: ReadonlySet<string>): number {
  const isDisputable = (w: string) => disputable.has(w) || OUTCOME_WORDS.has(w);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.lower;
    if (POINTING_SUBJECTS.has(w) && pronounVerdict(words, k)) return k;
    if (VERDICT_VERBS.has(w) && words[k]!.text === w && judgesFalse(words, k, isDisputable)) return k;
    if (ACCEPTING_VERBS.has(w) && refusesToAccept(words, k, isDisputable)) return k;
    if (BE_FORMS.has(w) && declaredFalse(words, k, isDisputable)) return k;
  }
  return -1;
}

/** "called the count a fraud": a disputable object, then a falsity word, before any refusable thing. */
function judgesFalse(words: readonly Token[], k: number, isDisputable: (w: string) => boolean): boolean {
  for (let j = k + 1; j < words.length && j - k <= OBJECT_REACH; j++) {
    const w = words[j]!.lower;
    if (REFUSABLE_THINGS.has(w)) return false;
    if (!isDisputable(w) || isCounted(words, j)) continue;
    // Only "as", "a" or an adverb may come between: "called for a vote on fraud" judges nothing.
    let v = j + 1;
    while (v < words.length && (isDisputable(words[v]!.lower) || VERDICT_FILLERS.has(words[v]!.lower) || words[v]!.lower === 'as')) v++;
    return FALSITY_WORDS.has(words[v]?.lower ?? '');
  }
  return false;
}

/** "1,200 (insurance) claims were fabricated" counts cases found false; it contests no statement. */
function isCounted(words: readonly Token[], j: number): boolean {
  return /^\d/.test(words[j - 1]?.lower ?? '') || /^\d/.test(words[j - 2]?.lower ?? '');
}

/** "refuses to accept the results", "would not recognise the count": a refusal, then a disputable object. */
function refusesToAccept(words: readonly Token[], k: number, isDisputable: (w: string) => boolean): boolean {
  const before = words[k - 1]?.lower;
  const refusal = before === 'to' ? words[k - 2]?.lower : before;
  if (!refusal || !REFUSING_WORDS.has(refusal) || (before === 'to' && (refusal === 'not' || refusal === 'never'))) return false;
  for (let j = k + 1; j < words.length && j - k <= ACCEPT_REACH; j++) {
    const w = words[j]!.lower;
    if (REFUSABLE_THINGS.has(w)) return false;
    if (isDisputable(w)) return true;
  }
  return false;
}

/** "the allegations were baseless", "the claims of dumping were completely unfounded": subject, be, falsity. */
function declaredFalse(words: readonly Token[], k: number, isDisputable: (w: string) => boolean): boolean {
  let v = k + 1;
  while (v < words.length && VERDICT_FILLERS.has(words[v]!.lower)) v++;
  if (!FALSITY_WORDS.has(words[v]?.lower ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= VERDICT_REACH; j--) {
    if (isDisputable(words[j]!.lower)) return !isCounted(words, j);
  }
  return false;
}

/** Whether the words hold a pronoun verdict (see pronounVerdict): such a rejection points back to what was just said. */
export function hasPronounVerdict(words: readonly Token[]): boolean {
  return words.some((t, k) => POINTING_SUBJECTS.has(t.lower) && pronounVerdict(words, k));
}

/**
 * "says that never happened", "That is simply not true", "said it did not
 * happen": a pronoun opening the claim or its reported speech, declared
 * false or never to have happened. Not an expletive "it" ("it was not true
 * that ...", "it was false to say ...").
 */
function pronounVerdict(words: readonly Token[], k: number): boolean {
  const at = (i: number) => words[i]?.lower ?? '';
  // Reported speech may open with "that": "said that it never happened".
  const said = at(k - 1) === 'that' ? k - 2 : k - 1;
  if (k > 0 && !SAYING_VERBS.has(at(said))) return false;
  let v = k + 1;
  if (at(v) === 'had' || at(v) === 'has') v++;
  let end = -1;
  if (at(v) === 'never' && at(v + 1) === 'happened') end = v + 2;
  else if (at(v) === 'did' && at(v + 1) === 'not' && at(v + 2) === 'happen') end = v + 3;
  else {
    if (!BE_FORMS.has(at(v))) return false;
    v++;
    while (VERDICT_FILLERS.has(at(v))) v++;
    if (at(v) === 'not' && at(v + 1) === 'true') end = v + 2;
    else if (POINTED_FALSITY.has(at(v))) end = v + 1;
  }
  return end > 0 && at(end) !== 'that' && at(end) !== 'to';
}
