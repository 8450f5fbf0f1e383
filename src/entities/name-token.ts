import { NAME_PREFIXES, STOP_WORDS } from './lexicon/stop-words';
import { TITLE_ABBREVIATIONS } from './lexicon/roles';
import { WordScanner } from './word-tokens';
import { isSpaceGap } from './space-gap';

const CAPITALISED = 1;
const CLOSES_RUN = 2;
const SENTENCE_START = 4;
const ASCII = 8;

/**
 * A word of a text with what the run builder needs to know about it. Its
 * strings (text, lower case, gap before) are cut from the source only when
 * asked: most words are lower-case words no rule reads, and a feed holds
 * hundreds of thousands of them.
 *
 * Fields are `declare`d and set once in the constructor: with ES2022 class
 * fields each would otherwise be defined as undefined first, then set (this
 * runs for every word of every article). The class sits beside
 * `describeTokens`, which makes one per word: a call into another module
 * costs an export look-up per word when the sources run through tsx.
 */
export class NameToken {
  private declare readonly source: string;
  /** Half-open offsets of the word (before any `offset` option). */
  declare readonly start: number;
  declare readonly end: number;
  /** Offsets of the part that can be a name: "Iran's" -> "Iran", "Kabul-based" -> "Kabul", "pro-Taliban" -> "Taliban". */
  declare readonly nameStart: number;
  declare readonly nameEnd: number;
  /** End of the previous word (0 for the first): the gap before this one starts there. */
  private declare readonly gapStart: number;
  /** capitalised, closesRun, sentenceStart and ascii as bits of one number: a smaller object per word (see the getters). */
  private declare readonly flags: number;
  private declare lowerText: string | undefined;

  constructor(
    source: string,
    start: number,
    end: number,
    nameStart: number,
    nameEnd: number,
    gapStart: number,
    capitalised: boolean,
    closesRun: boolean,
    sentenceStart: boolean,
    ascii: boolean,
    /** The lower-case word, when the caller already made it. */
    lower: string | undefined,
  ) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.gapStart = gapStart;
    this.flags = (capitalised ? CAPITALISED : 0) | (closesRun ? CLOSES_RUN : 0) | (sentenceStart ? SENTENCE_START : 0) | (ascii ? ASCII : 0);
    this.lowerText = lower;
  }

  /** Starts with a capital (or a name prefix such as "al-" before one) and is not a stop word. */
  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }

  /** A possessive or an adjective ending ("-based") closes the name it ends. */
  get closesRun(): boolean {
    return (this.flags & CLOSES_RUN) !== 0;
  }

  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  /** Every code unit is ASCII: lower-casing then keeps the length and the first letter's place in the alphabet. */
  get ascii(): boolean {
    return (this.flags & ASCII) !== 0;
  }

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  /** Text between the previous word and this one. */
  get gapBefore(): string {
    return this.source.slice(this.gapStart, this.start);
  }

  /**
   * Whether the gap before is spaces only (what `isSpaceGap` says of `gapBefore`). Most gaps are one
   * space, answered without cutting the gap out: the run builder and the kind context ask this of many words.
   */
  get spaceGapBefore(): boolean {
    if (this.start - this.gapStart === 1 && this.source.charCodeAt(this.gapStart) === 32) return true;
    return isSpaceGap(this.gapBefore);
  }

  /** First code unit of the word, read without cutting it out. */
  get firstCode(): number {
    return this.source.charCodeAt(this.start);
  }

  /** Last code unit of the word, read without cutting it out. */
  get lastCode(): number {
    return this.source.charCodeAt(this.end - 1);
  }
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['\u2019][sS]$/;
const HYPHENS = /[-\u2010\u2011]/;
// Punctuation after which a new sentence (or headline part) begins.
const SENTENCE_BREAK = /[.!?:;\u2026\u2014\u2013]|\n|\s-\s/;

function isAcronymText(s: string): boolean {
  return s.length >= 2 && !HAS_LOWER.test(s);
}

/** Whether the word at `start` starts with a capital; ASCII answered without cutting it out (this runs for every word). */
function startsUpperAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text.slice(start, end));
}

/** Whether a lower-cased word ends in a possessive "'s" (what POSSESSIVE tests, without a regular expression). */
function endsPossessive(lower: string): boolean {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 115) return false;
  const c = lower.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** The capitalised part of a token, or null: handles "al-Assad", "pro-Taliban", "Kabul-based". */
function namePart(text: string): { from: number; to: number; closes: boolean } | null {
  let to = text.length;
  let closes = false;
  if (POSSESSIVE.test(text) && to > 2) {
    to -= 2;
    closes = true;
  }
  const parts = text.slice(0, to).split(HYPHENS);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && last.length >= 3 && !UPPER_START.test(last) && !isAcronymText(last)) {
    // "Washington-based", "Taliban-controlled": the name is before the adjective ending.
    to -= last.length + 1;
    closes = true;
  }
  const head = text.slice(0, to);
  if (UPPER_START.test(head)) return { from: 0, to, closes };
  const m = /^(\p{Ll}+)['\u2019\-\u2010\u2011](?=\p{Lu})/u.exec(head);
  if (!m || !m[1]) return null;
  // "al-Assad" keeps its prefix; "pro-Taliban" keeps only "Taliban".
  const from = NAME_PREFIXES.has(m[1]) ? 0 : m[0].length;
  return from < to ? { from, to, closes } : null;
}

/** Whether the gap text[gapStart, start) ends a sentence (an abbreviated title's full stop does not). */
function startsSentence(text: string, gapStart: number, start: number, prev: NameToken | undefined): boolean {
  if (!prev) return true;
  // Most gaps are one space, which breaks nothing: answered without cutting the gap out.
  if (start - gapStart === 1 && text.charCodeAt(gapStart) === 32) return false;
  const gap = text.slice(gapStart, start);
  if (!SENTENCE_BREAK.test(gap)) return false;
  const onlyDot = gap.trim() === '.';
  const initial = prev.end - prev.start === 1 && UPPER_START.test(prev.text);
  return !(onlyDot && (TITLE_ABBREVIATIONS.has(prev.lower) || initial));
}

/** Whether a capitalised word is a stop word ("The", "However", "Its"), possessive or not. */
function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || (endsPossessive(lower) && STOP_WORDS.has(lower.slice(0, -2)));
}

/** A stop word with a verb glued on ("I've", "We're", "They'll", "I'd", "I'm"), or any "n't" form ("Don't", "Can't"). */
const STOP_CONTRACTION = /^(\p{L}+)['\u2019](?:ve|re|ll|d|m)$/u;
const NOT_CONTRACTION = /n['\u2019]t$/u;

/**
 * Whether a would-be name with an apostrophe or hyphen is no name: a stop
 * word in a contraction, or a token whose capitalised part is a stop word
 * ("mid-August" is a month, "pre-Monday" a weekday).
 */
function isStopJoined(text: string, start: number, end: number, part: { from: number; to: number }, lower: string): boolean {
  if (NOT_CONTRACTION.test(lower)) return true;
  const contraction = STOP_CONTRACTION.exec(lower);
  if (contraction && STOP_WORDS.has(contraction[1]!)) return true;
  const whole = part.from === 0 && part.to === end - start;
  return !whole && isStopWord(text.slice(start + part.from, start + part.to).toLowerCase());
}

/** Finds and describes every word of the text for the run builder. */
export function describeTokens(text: string): NameToken[] {
  const described: NameToken[] = [];
  const words = new WordScanner(text);
  let prev: NameToken | undefined;
  while (words.next()) {
    const { start, end, joined } = words;
    const gapStart = prev ? prev.end : 0;
    // A word without an apostrophe or hyphen is a name part, whole, exactly when it starts with a capital.
    const part = joined ? namePart(text.slice(start, end)) : null;
    const isName = joined ? part !== null : startsUpperAt(text, start, end);
    // Only a would-be name needs its lower case now (for the stop words); most words are lower-case.
    const lower = isName ? text.slice(start, end).toLowerCase() : undefined;
    const tok = new NameToken(
      text,
      start,
      end,
      part ? start + part.from : start,
      part ? start + part.to : end,
      gapStart,
      isName && !isStopWord(lower!) && !(part && isStopJoined(text, start, end, part, lower!)),
      part !== null && part.closes,
      startsSentence(text, gapStart, start, prev),
      words.ascii,
      lower,
    );
    described.push(tok);
    prev = tok;
  }
  return described;
}

export { isAcronymText };
