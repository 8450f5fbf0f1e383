import type { BoundaryRule, GapDecision, SegmentedSentence, SplitSentencesOptions } from './types';
import type { Sentence } from '../types';
import { DEFAULT_BOUNDARY_RULES } from './rules';
import * as tokens from './tokenize-whitespace';
// Bound once: calls through a module namespace cost a getter per token under some loaders (tsx).
const { countLineBreaks, isSpaceAt, skipWhitespace, tokenEnd } = tokens;
import { parseListMarker, type ListMarker } from './list-markers';
import { BULLETS, CLOSING_PUNCTUATION } from './characters';
import { Gap, type GapTokens } from './gap';

// The hot loop works on char codes: no token strings unless a rule must look. A table indexed by
// the code answers faster than a Set, and it is asked twice per word of every article.
function codesOf(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const MAY_END_CHARS = `.!?…‽${CLOSING_PUNCTUATION}`;
const MAY_END = codesOf(MAY_END_CHARS);
const BULLET_CODES = codesOf(BULLETS);
/** Line breaks as `countLineBreaks` counts them (a CR before an LF is found anyway: the LF is). */
const LINE_BREAKS = '\n\r\u000b\u000c\u2028\u2029';
/**
 * Every character that can make a gap other than plain: a stop or closer, a bullet, a line break.
 * Searched for by the regex engine, which passes over a run of ordinary words several times faster
 * than the token-by-token walk.
 */
const MAY_MATTER = new RegExp(`[${(MAY_END_CHARS + BULLETS).replace(/[\]\\^-]/g, '\\$&')}${LINE_BREAKS}]`, 'g');
const DOT = 0x2e;
const CLOSE_PAREN = 0x29;
const ELLIPSIS = 0x2026;
/** Longest list marker token: bullet + "(" + 3 digits + ".)". */
const MAX_MARKER_LENGTH = 7;

/** True when text[start, end) is one or more bare dots (same as token-shape's isDots). */
function isDotsAt(text: string, start: number, end: number): boolean {
  if (end - start > 8) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== DOT && code !== ELLIPSIS) return false;
  }
  return true;
}

function markerAt(text: string, start: number, end: number): ListMarker | undefined {
  const size = end - start;
  const last = text.charCodeAt(end - 1);
  // Only a lone bullet or a token ending in "." or ")" can be a marker: most first words are ruled out without a copy.
  if (size > MAX_MARKER_LENGTH || (size === 1 ? BULLET_CODES[last] !== 1 : last !== DOT && last !== CLOSE_PAREN)) return undefined;
  return parseListMarker(text.slice(start, end));
}

function decide(rules: readonly BoundaryRule[], gap: Gap): { decision: GapDecision; rule: string } {
  for (const rule of rules) {
    const decision = rule.decide(gap);
    if (decision) return { decision, rule: rule.name };
  }
  return { decision: 'keep', rule: 'default' };
}

/** Builds one output sentence from text[start, end); lets splitSentences skip the rule name without a second copy. */
type MakeSentence<T> = (start: number, end: number, rule: string) => T;

/**
 * The single pass behind segmentSentences and splitSentences: walks the
 * whitespace gaps once, runs the rules only where a boundary is possible.
 */
function scanSentences<T>(
  text: string,
  rules: readonly BoundaryRule[],
  make: MakeSentence<T>,
): T[] {
  const out: T[] = [];
  if (typeof text !== 'string') return out;
  const defaultRules = rules === DEFAULT_BOUNDARY_RULES;
  // One mutable window of token positions, copied by Gap when the rules need it.
  const at: GapTokens = { previousStart: -1, previousEnd: -1, leftStart: 0, leftEnd: 0, rightStart: 0, rightEnd: 0 };
  at.leftStart = skipWhitespace(text, 0);
  if (at.leftStart >= text.length) return out;
  at.leftEnd = tokenEnd(text, at.leftStart);

  // Running sentence: where it starts, token count, all-dots flag, opening list marker.
  let sentenceStart = at.leftStart;
  let length = 0;
  let allDots = true;
  let marker: ListMarker | undefined;
  let openedWithBullet = false;
  let dotRun = 0;
  for (;;) {
    const start = at.leftStart;
    const end = at.leftEnd;
    length++;
    if (allDots) allDots = isDotsAt(text, start, end);
    // List markers only count as the first token, or the second after a bare bullet.
    if (length === 1) {
      const m = markerAt(text, start, end);
      openedWithBullet = m !== undefined && m.ordinal === '';
      marker = m && m.ordinal !== '' ? m : undefined;
    } else if (length === 2 && openedWithBullet) {
      const m = markerAt(text, start, end);
      if (m && m.ordinal !== '') marker = m;
    }
    dotRun = end - start === 1 && text.charCodeAt(start) === DOT ? dotRun + 1 : 0;
    const next = skipWhitespace(text, end);
    if (next >= text.length) {
      out.push(make(sentenceStart, end, 'end-of-text'));
      return out;
    }
    at.rightStart = next;
    at.rightEnd = tokenEnd(text, next);
    const lineBreaks = countLineBreaks(text, end, next);
    // Plain gap: same line, no stop or closer before, no bullet after, no opening list marker or
    // ellipsis. The no-terminal rule would keep it (at a sentence's first words the list-marker rule
    // may keep it first), so the rules need not run.
    // That holds for the default rules only: other rule lists are asked about every gap.
    const plain =
      defaultRules && lineBreaks === 0 && !allDots && marker === undefined &&
      MAY_END[text.charCodeAt(end - 1)] !== 1 && BULLET_CODES[text.charCodeAt(next)] !== 1;
    if (!plain) {
      const gap = new Gap(text, at.rightEnd, at, dotRun, lineBreaks, length, allDots, marker, openedWithBullet);
      const { decision, rule } = decide(rules, gap);
      if (decision === 'split') {
        out.push(make(sentenceStart, end, rule));
        sentenceStart = next;
        length = 0;
        allDots = true;
        marker = undefined;
        openedWithBullet = false;
      }
    }
    // Inside a sentence past its first two tokens, with the default rules, a gap matters only near a
    // character of MAY_MATTER: jump to the token before the next one (the rules then read the right tokens
    // around it). The default rules ask the sentence's length only whether it is 1 or 2, so past that it is
    // left a lower bound instead of counting the tokens jumped over.
    if (plain && length >= 2) {
      MAY_MATTER.lastIndex = next;
      if (!MAY_MATTER.test(text)) {
        // No gap left that could end a sentence: the rest is one sentence, to the last token.
        let last = text.length;
        while (isSpaceAt(text, last - 1)) last--;
        out.push(make(sentenceStart, last, 'end-of-text'));
        return out;
      }
      // The token holding the last non-space before the match, or `next`'s when that comes first.
      let landing = MAY_MATTER.lastIndex - 2;
      while (isSpaceAt(text, landing)) landing--;
      while (landing > next && !isSpaceAt(text, landing - 1)) landing--;
      if (landing > next) {
        // Its previous token lies at or after `next`; every gap jumped over was plain, so no dot run is open.
        let previousEnd = landing;
        while (isSpaceAt(text, previousEnd - 1)) previousEnd--;
        let previousStart = previousEnd - 1;
        while (previousStart > next && !isSpaceAt(text, previousStart - 1)) previousStart--;
        at.previousStart = previousStart;
        at.previousEnd = previousEnd;
        at.leftStart = landing;
        at.leftEnd = tokenEnd(text, landing);
        length++;
        dotRun = 0;
        continue;
      }
    }
    at.previousStart = start;
    at.previousEnd = end;
    at.leftStart = next;
    at.leftEnd = at.rightEnd;
  }
}

/**
 * Splits text into trimmed sentences, each tagged with the rule that ended it.
 * One pass over whitespace gaps; every rule looks at a bounded window of tokens.
 */
export function segmentSentences(
  text: string,
  options: SplitSentencesOptions = {},
  rules: readonly BoundaryRule[] = DEFAULT_BOUNDARY_RULES,
): SegmentedSentence[] {
  const offset = options.offset ?? 0;
  return scanSentences(text, rules, (start, end, rule) => ({
    text: text.slice(start, end),
    span: { start: start + offset, end: end + offset },
    rule,
  }));
}

/** Same sentences without the rule name (the public splitSentences shape). */
export function plainSentences(text: string, offset: number): Sentence[] {
  return scanSentences(text, DEFAULT_BOUNDARY_RULES, (start, end) => ({
    text: text.slice(start, end),
    span: { start: start + offset, end: end + offset },
  }));
}
