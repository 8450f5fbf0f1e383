import type { Token } from './types';
import { tokenized } from './tokenize';
import { REJECTION_VERBS } from './verb-lists';
import { OFFERING_VERBS, REFUSABLE_THINGS } from './refusal-words';
import { verdictRejectionIndex } from './rejection-verdicts';

/** What a rejection can point at: a statement, or a pronoun standing for one. */
const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'statements', 'report', 'reports', 'allegation', 'allegations', 'accusation',
  'accusations', 'assertion', 'assertions', 'account', 'accounts', 'figure', 'figures', 'remark', 'remarks',
  'comment', 'comments', 'suggestion', 'suggestions', 'charge', 'charges', 'rumor', 'rumors', 'rumour', 'rumours',
  'version', 'notion', 'idea', 'estimate', 'estimates', 'number', 'numbers', 'story', 'stories', 'findings',
  'reporting', 'characterization', 'characterisation', 'count', 'results', 'outcome', 'tally',
  // A side's case in a dispute: "prosecutors called the explanation a fiction", "rejected his argument".
  'explanation', 'explanations', 'argument', 'arguments', 'theory', 'theories', 'excuse', 'justification', 'narrative',
]);

/** Pronouns that stand for a statement only right after the verb ("denied it", "rejected this"). */
const POINTING_WORDS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'these', 'those', 'them']);

/** Objects of "deny" that are refusals, not denials of a statement ("denied entry"). */
const REFUSED_THINGS: ReadonlySet<string> = new Set(['entry', 'access', 'visa', 'visas', 'permission', 'bail', 'asylum', 'permits', 'request']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'is', 'are']);

/**
 * Words after which a rejection word is a noun: "a dispute", "their challenge".
 * Narrower than word-lists' DETERMINERS on purpose: after "that", "many",
 * "some" or a number it is a verb ("a report that disputes the figures",
 * "many dispute the count").
 */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'any', 'no', 'every', 'another']);

/** Determiners of one thing: after one of these and a word, a base form is no verb ("a ministry disputes"). */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'every', 'another']);

/** A verb's plain form: not "disputes", "disputed", "disputing" ("dismiss" is plain). */
function isBaseForm(word: string): boolean {
  return !word.endsWith('ed') && !word.endsWith('ing') && (!word.endsWith('s') || word.endsWith('ss'));
}

/**
 * Whether the rejection word at k is a noun, not a verb: right after a
 * determiner ("the dispute"); after one and a hyphenated or -ing modifier
 * ("a long-running dispute", "an ongoing challenge"); or in its plain form
 * after "a" and one word ("a familiar dispute"). "The ministry disputes ..."
 * and "The ministries dispute ..." keep their verb.
 */
function isNounUse(words: readonly Token[], k: number): boolean {
  const before = words[k - 1]?.lower ?? '';
  if (NOUN_DETERMINERS.has(before)) return true;
  const determiner = words[k - 2]?.lower ?? '';
  if (!NOUN_DETERMINERS.has(determiner)) return false;
  if (before.includes('-') || before.endsWith('ing')) return true;
  return SINGULAR_DETERMINERS.has(determiner) && isBaseForm(words[k]!.lower);
}

/** How far after the verb its object may name the statement ("rejected the rebels' claim"). */
const OBJECT_REACH = 5;

/** How far before the verb a relative pronoun may stand for its object ("which the dock union dismissed"). */
const RELATIVE_REACH = 6;

/**
 * The verb at k turns down an offer, plan or demand, not a statement: its
 * object names one before any statement word ("dismissed the offer as an
 * insult"), or it is a relative pronoun whose antecedent was just offered
 * or proposed ("offered 6%, which the union dismissed as ...").
 */
function refusesOffer(words: readonly Token[], k: number, object: readonly string[]): boolean {
  for (const w of object) {
    if (STATEMENT_WORDS.has(w)) return false;
    if (REFUSABLE_THINGS.has(w)) return true;
  }
  for (let r = k - 1; r >= 0 && k - r <= RELATIVE_REACH; r--) {
    const w = words[r]!.lower;
    if (w !== 'which' && w !== 'that') continue;
    for (let a = r - 1; a >= 0 && r - a <= 4; a--) {
      const before = words[a]!.lower;
      if (OFFERING_VERBS.has(before) || REFUSABLE_THINGS.has(before)) return true;
    }
    return false;
  }
  return false;
}

/** Words that may follow a verb whose object stood before it ("a claim the ministry rejected outright on Monday"). */
const AFTER_FRONTED_OBJECT: ReadonlySet<string> = new Set(['outright', 'on', 'in', 'last', 'this', 'earlier', 'yesterday', 'today']);

/**
 * "a claim the ministry has rejected", "a figure the company disputes": the
 * statement is named before the verb, which has no object after it.
 */
function rejectsStatementBefore(words: readonly Token[], k: number, object: readonly string[]): boolean {
  if (object.length > 0 && !AFTER_FRONTED_OBJECT.has(object[0]!)) return false;
  return words.slice(Math.max(0, k - RELATIVE_REACH), k).some((w) => STATEMENT_WORDS.has(w.lower));
}

/**
 * True when the claim reports that someone rejected, denied, dismissed or
 * disputed a statement ("The ministry denied the report", "X dismissed the
 * claim as false", "the figures were disputed by ...").
 */
export function isRejection(text: string): boolean {
  return typeof text === 'string' && rejectsInWords(tokenized(text).words);
}

/** `isRejection` over the word tokens of a text. */
export function rejectsInWords(words: readonly Token[]): boolean {
  return rejectionWordIndex(words) >= 0;
}

/** Offset in `text` of the word that makes it a rejection ("denied" in "The army denied the report"), or -1. */
export function rejectionWordStart(text: string): number {
  const words = tokenized(text).words;
  const k = rejectionWordIndex(words);
  return k < 0 ? -1 : words[k]!.start;
}

/** Index among `words` of the first word that makes them a rejection, or -1. */
function rejectionWordIndex(words: readonly Token[]): number {
  const k = rejectingVerbIndex(words);
  // Without a rejecting verb, a verdict of falsity or a refusal to accept ("called the count a fraud").
  return k >= 0 ? k : verdictRejectionIndex(words, STATEMENT_WORDS);
}

/** Index of the first rejecting verb ("denied", "dismissed") that turns down a statement, or -1. */
function rejectingVerbIndex(words: readonly Token[]): number {
  return words.findIndex((t, k) => {
    if (!REJECTION_VERBS.has(t.lower) || t.text !== t.lower || isNounUse(words, k)) return false;
    const passive = PASSIVE.has(words[k - 1]?.lower ?? '');
    const object = words.slice(k + 1, k + 1 + OBJECT_REACH).map((w) => w.lower);
    if (t.lower.startsWith('den')) {
      if (REFUSED_THINGS.has(object[0] ?? '')) return false;
      return !passive || STATEMENT_WORDS.has(words[k - 2]?.lower ?? '');
    }
    if (passive) return words.slice(Math.max(0, k - 5), k).some((w) => STATEMENT_WORDS.has(w.lower) || POINTING_WORDS.has(w.lower));
    if (refusesOffer(words, k, object)) return false;
    return POINTING_WORDS.has(object[0] ?? '') || object.some((w) => STATEMENT_WORDS.has(w) || w === 'as') || rejectsStatementBefore(words, k, object);
  });
}
