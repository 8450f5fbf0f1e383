/** Stage-local types of the quantities stage. */
import type { Quantity } from '../types';

/** One word, number or punctuation mark, with its UTF-16 span in the scanned text. */
export interface Token {
  kind: 'num' | 'word' | 'punct';
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** What every parser and refiner sees. */
export interface ParseContext {
  text: string;
  tokens: Token[];
  /**
   * Per token, which parsers may start a reading there (bits of parsers/start-flags.ts). May be
   * longer than `tokens` (a reused buffer): only its first `tokens.length` bytes mean anything.
   */
  starts: Uint8Array;
  /** UTC midnight of the publication day, when `publishedAt` was readable. */
  publishedDay?: number;
}

/**
 * A candidate found by a parser. `kind: 'ignore'` marks numbers that are not
 * quantities (times, ids, labels, ordinals): they win overlaps and are then
 * dropped, so the number inside them never becomes a count.
 */
export interface QuantityMatch {
  kind: 'quantity' | 'date' | 'ignore';
  /** Name of the parser (and refiners, joined by '+') that made this result. */
  rule: string;
  /** Token range, end exclusive. */
  firstToken: number;
  endToken: number;
  value: number;
  low: number;
  high: number;
  /** Unset until a refiner decides between "people" and "count". */
  unit?: string;
  subject?: string;
  qualifier?: string;
  /** The amount came from a vague word ("hundreds"): recorded as qualifier when nothing else is. */
  vagueWord?: string;
  /** The unit was a hyphenated adjective ("1,250-kilometer border"): the subject is the noun after. */
  adjectival?: boolean;
  /** Where the bare amount sits and how it was written, for refiners that judge the number itself. */
  amount?: { firstToken: number; endToken: number; kind: 'digits' | 'words' | 'vague' | 'fraction' };
  /** How the subject may be read: directly after the number, or only through "of". */
  subjectMode?: 'direct' | 'of-only' | 'none';
}

export interface Parser {
  name: string;
  parse(ctx: ParseContext): QuantityMatch[];
}

export interface Refiner {
  name: string;
  refine(ctx: ParseContext, matches: QuantityMatch[]): QuantityMatch[];
}

/** Options of `extractQuantities`. */
export interface ExtractQuantitiesOptions {
  /** Added to every returned span (the fragment's position in the original article). */
  offset?: number;
  /** ISO date (YYYY-MM-DD or a timestamp): anchors weekdays and years left unwritten. */
  publishedAt?: string;
}

/** A quantity together with the rule that produced it. */
export type RuledQuantity = Quantity & { rule: string };
