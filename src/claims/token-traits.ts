import type { ScannedToken, Token } from './types';
import { classifyVerb, isBaseVerbText } from './verb-forms';
import { wordRoles } from './word-roles';
import { CLAUSE_ADVERBS } from './word-lists';

/**
 * What a token's text alone decides, packed in one small integer kept on each
 * scanned token (worked out once per distinct word, in the lexeme table): its
 * verb class in the low bits, then one bit per word list the rules look a
 * token up in. One read per token then answers every list.
 */
export const VERB_CLASS_BITS = 7;

/** Roles a word can play, as bits above the verb class. */
export const NEGATION = 1 << 3;
export const HEDGE_WORD = 1 << 4;
export const QUOTE = 1 << 5;
export const REJECTION = 1 << 6;
/** "is believed to" needs both a form of "be" and a hedging participle. */
export const BE_FORM = 1 << 7;
export const PARTICIPLE = 1 << 8;
/** A word without which no default attribution rule can match. */
export const SPEAKER_CUE = 1 << 9;
/** A token at which one of the default split rules may cut. */
export const SPLIT_TRIGGER = 1 << 10;
/** A quoting verb ("quoted", "citing"): the only words at which the quoted-as-saying rule can start. */
export const QUOTING_VERB = 1 << 11;
/** A determiner ("the", "their", "two"): read at nearly every word when looking for a clause's verb. */
export const DETERMINER = 1 << 12;
/** A subordinator ("when", "that", "who") in lower case. */
export const SUBORDINATOR = 1 << 13;
/** A reporting verb form ("said", "warns"), in any case (the rules check the case themselves). */
export const REPORTING_FORM = 1 << 14;
/** An adverb that may open a clause ("also", "later", "quickly"): on `CLAUSE_ADVERBS`, or a lower-case -ly word. */
export const CLAUSE_ADVERB = 1 << 15;
/** A base form of a known verb in lower case ("say", "warn"): asked of nearly every word when looking for a verb. */
export const BASE_VERB = 1 << 16;

/** The traits stored on a scanned token, or worked out for a token made elsewhere. */
export function traitsOf(t: Token): number {
  return (t as Partial<ScannedToken>).traits ?? traitsOfText(t.text, t.lower, t.kind);
}

/** The traits of a token's text (see `classifyVerb` for the verb class). */
export function traitsOfText(text: string, lower: string, kind: Token['kind']): number {
  return (
    classifyVerb(text, lower, kind) | wordRoles(lower, kind) | (isClauseAdverb(text, lower) ? CLAUSE_ADVERB : 0) |
    (isBaseVerbText(text, lower, kind) ? BASE_VERB : 0)
  );
}

/** Read by `skipAdverbs` at word after word: a regex test per token there, once per distinct text here. */
function isClauseAdverb(text: string, lower: string): boolean {
  return CLAUSE_ADVERBS.has(lower) || /^[a-z]+ly$/.test(text);
}

/** Whether token `t` has any of the trait bits in `bits`. */
export function hasTrait(t: Token, bits: number): boolean {
  return (traitsOf(t) & bits) !== 0;
}
