import type { Span } from '../types';
import type { Token } from './types';
import { skipAdverbs } from './clause-start';
import { carriesFact } from './fact-signals';
import { hasVerb, isBaseVerb, isFiniteVerb } from './verb-forms';
import { AUXILIARIES } from './verb-lists';
import { CLAUSE_ADVERBS, CONJUNCTIONS, DETERMINERS, INTRO_WORDS, SUBORDINATORS } from './word-lists';
import { findAntecedent } from './find-antecedent';

/** Pronouns that open a non-restrictive relative clause (never "that": "that" clauses are restrictive). */
const PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where']);
const DASHES: ReadonlySet<string> = new Set(['—', '–']);
/** Marks that end a comma clause in a way we do not read as its close: the clause stays in the main claim. */
const COMMA_BREAKS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', '[']);
/** Words that may stand between a helping verb and its participle. */
const HELPER_FILLERS: ReadonlySet<string> = new Set(['been', 'being', 'not', 'never', 'be']);
/** Fewer words than this after the pronoun cannot hold a fact of their own. */
const MIN_CLAUSE_WORDS = 2;

/** A relative clause set off inside a sentence, lifted out as its own claim. All offsets are local to the sentence. */
export interface RelativeAside {
  /** Start of the opening comma or dash. */
  open: number;
  /** Start of the closing comma or dash. */
  closeStart: number;
  /** End of the closing mark. */
  closeEnd: number;
  /** The clause itself, pronoun first, marks left out. */
  clause: Span;
  /** What the pronoun refers to, when a noun phrase stands right before the opening mark. */
  antecedent: Span | null;
  /** Token index of the pronoun. */
  pronoun: number;
}

/**
 * The verb slot of a relative clause holds a verb of its own: right after
 * who/which/where ("which surprised analysts"), or after the noun that
 * follows whose ("whose brother runs the port"). In that slot a past form,
 * an -s form or a known base form ("who say") is a verb even where the
 * word lists alone would not be sure.
 */
function verbInSlot(tokens: readonly Token[], pronoun: number, close: number): boolean {
  let k = skipAdverbs(tokens, pronoun + 1);
  if (tokens[pronoun].text === 'whose') {
    k = pronoun + 1;
    while (k < close && k < pronoun + 4 && tokens[k].kind === 'word' && !/^[a-z]+(?:s|ed)$/.test(tokens[k].text)) k++;
    if (k === pronoun + 1) k++;
  }
  // "who had not flown", "which has been sold": the verb is the participle after the helpers.
  let helped = false;
  while (k < close && (AUXILIARIES.has(tokens[k].lower) || HELPER_FILLERS.has(tokens[k].lower))) {
    helped = true;
    k = skipAdverbs(tokens, k + 1);
  }
  const t = tokens[k];
  if (!t || k >= close || t.kind !== 'word' || DETERMINERS.has(t.lower)) return false;
  if (helped) return t.text === t.lower && (isFiniteVerb(tokens, k, 'loose') || /^[a-z]+(?:ed|en|wn)$/.test(t.text));
  return isFiniteVerb(tokens, k, 'loose') || isBaseVerb(t) || /^[a-z]+(?:s|ed)$/.test(t.text);
}

/**
 * Does the text after the closing mark go on with the main clause? It must
 * open with a preposition, adverb, time word or conjunction ("near the
 * harbour", "overnight", "and ..."), or hold a verb before its next comma
 * ("met the minister", "officials said"). A bare noun phrase ("..., who met
 * Ana Ruiz, head of the union, and ...") means the comma was not the clause's
 * close but an apposition or a list inside it.
 */
function resumesMainClause(tokens: readonly Token[], quoted: readonly boolean[], close: number): boolean {
  const next = tokens[close + 1];
  if (!next || next.kind !== 'word') return true;
  const w = next.lower;
  if (INTRO_WORDS.has(w) || CLAUSE_ADVERBS.has(w) || CONJUNCTIONS.has(w) || SUBORDINATORS.has(w) || /^[a-z]+ly$/.test(next.text)) return true;
  let end = close + 1;
  while (end < tokens.length && !(tokens[end].kind === 'punct' && /^[,;:]$/.test(tokens[end].text) && !quoted[end])) end++;
  return hasVerb(tokens, close + 1, end);
}

/** Index of the mark that closes the clause opened at token `open`, or -1 when it is not closed the way it opened. */
function closingMark(tokens: readonly Token[], quoted: readonly boolean[], open: number): number {
  const dash = DASHES.has(tokens[open].text);
  for (let k = open + 2; k < tokens.length; k++) {
    const t = tokens[k];
    if (quoted[k] || t.kind !== 'punct') continue;
    if (dash) {
      if (DASHES.has(t.text)) return k;
      if (t.text === ';' || t.text === ':') return -1;
    } else {
      if (t.text === ',') return k;
      if (COMMA_BREAKS.has(t.text)) return -1;
    }
  }
  return -1;
}

/**
 * Non-restrictive relative clauses set off mid-sentence: ", who/which/whose/
 * where ... ," or "— who ... —", outside quotes and brackets, that carry a
 * fact of their own (a figure, a date, a name, or a verb other than a linking
 * one: "who fled in 2019" yes, "who is popular" no). A clause that runs to the
 * end of the sentence is the `relative-clause` split rule's business, and a
 * restrictive clause (no comma: "the troops that crossed") is never touched.
 * Scans left to right; asides do not nest. Linear: each closing scan starts
 * past the previous aside or stops at the first closing mark.
 */
export function findRelativeAsides(tokens: readonly Token[], quoted: readonly boolean[]): RelativeAside[] {
  const asides: RelativeAside[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const mark = tokens[i];
    const pronoun = tokens[i + 1];
    if (quoted[i] || quoted[i + 1] || mark.kind !== 'punct' || (mark.text !== ',' && !DASHES.has(mark.text))) continue;
    if (pronoun.kind !== 'word' || !PRONOUNS.has(pronoun.text)) continue;
    const close = closingMark(tokens, quoted, i);
    if (close < 0) continue;
    const words = tokens.slice(i + 2, close).filter((t) => t.kind === 'word').length;
    const fact = words >= MIN_CLAUSE_WORDS && (verbInSlot(tokens, i + 1, close) || carriesFact(tokens, i + 2, close));
    if (fact && resumesMainClause(tokens, quoted, close)) {
      asides.push({
        open: mark.start,
        closeStart: tokens[close].start,
        closeEnd: tokens[close].end,
        clause: { start: pronoun.start, end: tokens[close - 1].end },
        antecedent: findAntecedent(tokens, i),
        pronoun: i + 1,
      });
    }
    // A closed clause is consumed whole, whether lifted or kept.
    i = close;
  }
  return asides;
}
