import { NAME_PREFIXES, STOP_WORDS } from './lexicon/stop-words';
import { TITLE_ABBREVIATIONS } from './lexicon/roles';
import { WordScanner } from './word-tokens';

/** A word with what the run builder needs to know about it. */
export interface NameToken {
  /** Half-open offsets of the word (before any `offset` option). */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Offsets of the part that can be a name: "Iran's" -> "Iran", "Kabul-based" -> "Kabul", "pro-Taliban" -> "Taliban". */
  nameStart: number;
  nameEnd: number;
  /** Starts with a capital (or a name prefix such as "al-" before one) and is not a stop word. */
  capitalised: boolean;
  /** A possessive or an adjective ending ("-based") closes the name it ends. */
  closesRun: boolean;
  /** Text between the previous token and this one. */
  gapBefore: string;
  sentenceStart: boolean;
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

/** Whether a word starts with a capital; ASCII answered without a regular expression (this runs for every word). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
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

/** Whether the gap before a token ends a sentence (an abbreviated title's full stop does not). */
function startsSentence(gap: string, prev: NameToken | undefined): boolean {
  if (!prev) return true;
  // Most gaps are one space, which breaks nothing.
  if (gap === ' ' || !SENTENCE_BREAK.test(gap)) return false;
  const onlyDot = gap.trim() === '.';
  const initial = prev.text.length === 1 && UPPER_START.test(prev.text);
  return !(onlyDot && (TITLE_ABBREVIATIONS.has(prev.lower) || initial));
}

/** Finds and describes every word of the text for the run builder. */
export function describeTokens(text: string): NameToken[] {
  const described: NameToken[] = [];
  const words = new WordScanner(text);
  let prev: NameToken | undefined;
  while (words.next()) {
    const { start, end, joined } = words;
    const word = text.slice(start, end);
    const gapBefore = text.slice(prev ? prev.end : 0, start);
    const lower = word.toLowerCase();
    // A word without an apostrophe or hyphen is a name part, whole, exactly when it starts with a capital.
    const part = joined ? namePart(word) : null;
    const isName = joined ? part !== null : startsUpper(word);
    // Only a would-be name needs the stop-word look-up; most words are lower-case.
    const isStop = isName && (STOP_WORDS.has(lower) || (endsPossessive(lower) && STOP_WORDS.has(lower.slice(0, -2))));
    // Fields listed one by one (no object spread): this runs for every word of every article.
    const tok: NameToken = {
      start,
      end,
      text: word,
      lower,
      nameStart: part ? start + part.from : start,
      nameEnd: part ? start + part.to : end,
      capitalised: isName && !isStop,
      closesRun: part !== null && part.closes,
      gapBefore,
      sentenceStart: startsSentence(gapBefore, prev),
    };
    described.push(tok);
    prev = tok;
  }
  return described;
}

export { isAcronymText };
