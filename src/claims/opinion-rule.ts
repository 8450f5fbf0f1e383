import type { Token } from './types';
import type { SkipRule } from './skip-rules';
import { hasDate, hasFigure, hasName } from './fact-signals';
import { findAttribution } from './find-attribution';

/**
 * Pure opinion: an evaluative sentence in the outlet's own voice that holds
 * no checkable fact. Skipped only when all of these hold:
 *  - it opens with an editorial voice and an opinion marker:
 *    "I/we think|believe|feel|hope|urge|must|should ..."; "This/That/It/Such
 *    ... is|was (a) shameful|welcome|absurd ..."; "Readers/Voters/Everyone/
 *    You/One should|must|ought ..."; "Let us ..."; or an opener such as
 *    "In our view," / "Frankly," / "Surely,";
 *  - it has no figure, no date and no name (a capitalised word past the first);
 *  - it quotes no one and reports no one: "X said it was shameful" is a
 *    checkable statement about X, and is always kept.
 */

/** Words that, after "I" or "we", give a view rather than a fact. */
const FIRST_PERSON_OPINION: ReadonlySet<string> = new Set([
  'think', 'believe', 'feel', 'hope', 'fear', 'urge', 'doubt', 'suspect', 'regret', 'welcome', 'applaud', 'condemn',
  'deplore', 'must', 'should', 'ought', 'need', 'cannot', "can't", 'agree', 'disagree', 'wish', 'trust', 'insist',
]);

/**
 * Evaluative adjectives: "This is a shameful decision." Words that also
 * describe a scene ("tragic", "dangerous", "right next to") are left out.
 */
const EVALUATIVE: ReadonlySet<string> = new Set([
  'shameful', 'disgraceful', 'outrageous', 'absurd', 'ridiculous', 'deplorable', 'scandalous', 'appalling', 'shocking',
  'unacceptable', 'inexcusable', 'irresponsible', 'reckless', 'foolish', 'misguided', 'cynical', 'hypocritical',
  'shameless', 'cowardly', 'regrettable', 'lamentable', 'wrong', 'welcome', 'laudable', 'admirable', 'commendable',
  'courageous', 'wise', 'unwise', 'sensible', 'overdue', 'long-overdue', 'unforgivable', 'indefensible', 'baffling',
  'naive', 'pointless', 'senseless', 'excellent', 'terrible', 'awful', 'insulting', 'unjust', 'unfair', 'undeserved',
]);

const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "'s", 'seems', 'seemed', 'remains', 'looks', 'feels']);
/** Words allowed between the copula and the evaluative adjective ("is a truly shameful"). */
const FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'truly', 'deeply', 'simply', 'very', 'most', 'quite', 'utterly', 'plainly', 'clearly', 'nothing',
  'less', 'short', 'of', 'not', 'just', 'both', 'so', 'rather', 'more', 'than', 'little', 'frankly', 'also', 'surely',
]);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'it', 'such', 'these', 'those', "it's", "that's"]);
const ADDRESSEES: ReadonlySet<string> = new Set(['readers', 'voters', 'citizens', 'everyone', 'everybody', 'you', 'one', 'all', 'taxpayers', 'parents']);
const ADDRESS_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought', 'need', 'cannot', "can't", 'deserve']);
/** Sentence openers that announce a view. */
const VIEW_OPENERS: readonly string[][] = [
  ['in', 'our', 'view'], ['in', 'my', 'view'], ['in', 'my', 'opinion'], ['in', 'our', 'opinion'], ['frankly'], ['surely'],
  ['sadly'], ['shamefully'], ['mercifully'], ['thankfully'], ['let', 'us'], ["let's"],
];

/** Every word an opinion can open with: most sentences are ruled out before their words are listed. */
const OPENING_WORDS: ReadonlySet<string> = new Set([...VIEW_OPENERS.map((p) => p[0]), 'i', 'we', ...ADDRESSEES, ...DEMONSTRATIVES]);

function words(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word');
}

function startsWith(w: readonly Token[], phrase: readonly string[]): boolean {
  return phrase.every((p, k) => w[k]?.lower === p);
}

/** "This is a shameful decision", "It was reckless", "That's absurd". */
function evaluativeCopula(w: readonly Token[]): boolean {
  let k = DEMONSTRATIVES.has(w[0]?.lower ?? '') ? 1 : -1;
  if (k < 0) return false;
  // "That's" and "it's" carry their copula; "such a move is" and "this decision is" may put a noun first.
  if (!w[0].lower.endsWith("'s")) {
    while (k < 4 && w[k] && !COPULAS.has(w[k].lower)) k++;
    if (!w[k] || !COPULAS.has(w[k].lower)) return false;
    k++;
  }
  while (w[k] && FILLERS.has(w[k].lower)) k++;
  return w[k] !== undefined && EVALUATIVE.has(w[k].lower);
}

/** The sentence opens in an editorial voice with a marker of opinion. */
export function opensAsOpinion(tokens: readonly Token[]): boolean {
  const opening = tokens.find((t) => t.kind === 'word');
  if (opening === undefined || !OPENING_WORDS.has(opening.lower)) return false;
  const w = words(tokens);
  if (VIEW_OPENERS.some((p) => startsWith(w, p))) return true;
  const first = w[0].lower;
  if ((first === 'i' || first === 'we') && FIRST_PERSON_OPINION.has(w[1]?.lower ?? '')) return true;
  if (first === 'we' && w[1]?.lower === 'all' && ADDRESS_MODALS.has(w[2]?.lower ?? '')) return true;
  if (ADDRESSEES.has(first) && ADDRESS_MODALS.has(w[1]?.lower ?? '')) return true;
  return evaluativeCopula(w);
}

/** Skips an opinion that holds no checkable fact, with the reason 'opinion'. */
export const opinionRule: SkipRule = {
  name: 'opinion',
  test(text, tokens, guarded) {
    if (!opensAsOpinion(tokens)) return null;
    if (guarded.some(Boolean) || /["“”«»]/.test(text)) return null;
    if (hasFigure(tokens) || hasDate(tokens) || hasName(tokens)) return null;
    const speaker = findAttribution(text);
    // "We believe ..." is the outlet's own voice; any other speaker is a report.
    if (speaker && !/^(?:i|we)$/i.test(speaker.speaker)) return null;
    return 'opinion';
  },
};
