import type { BoundaryRule, GapContext, GapDecision, SegmentedSentence, SplitSentencesOptions } from './types';
import { DEFAULT_BOUNDARY_RULES } from './rules';
import { countLineBreaks, tokenizeWhitespace } from './tokenize-whitespace';
import { parseListMarker, type ListMarker } from './list-markers';
import { isDots } from './token-shape';
import { BULLETS, CLOSING_PUNCTUATION } from './characters';

interface SentenceState {
  firstToken: number;
  length: number;
  isDots: boolean;
  openingMarker?: ListMarker;
  openedWithBullet: boolean;
}

function freshState(firstToken: number): SentenceState {
  return { firstToken, length: 0, isDots: true, openedWithBullet: false };
}

/** Folds one more token into the running sentence (list markers only count at its start). */
function addToken(state: SentenceState, token: string): void {
  state.length++;
  state.isDots = state.isDots && isDots(token);
  if (state.length === 1) {
    const marker = parseListMarker(token);
    state.openedWithBullet = marker !== undefined && marker.ordinal === '';
    state.openingMarker = marker && marker.ordinal !== '' ? marker : undefined;
  } else if (state.length === 2 && state.openedWithBullet) {
    const marker = parseListMarker(token);
    if (marker && marker.ordinal !== '') state.openingMarker = marker;
  }
}

const MAY_END = new Set([...'.!?…‽', ...CLOSING_PUNCTUATION]);

/**
 * Cheap pre-filter: a gap inside a running sentence, after a token with no
 * stop or closing mark, on the same line, before no bullet, can only be
 * kept (it is what the no-terminal rule would decide). Most gaps are such.
 */
function isPlainGap(state: SentenceState, left: string, right: string, lineBreaks: number): boolean {
  return (
    lineBreaks === 0 && state.length > 2 && !state.isDots && state.openingMarker === undefined &&
    !MAY_END.has(left[left.length - 1] as string) && !BULLETS.includes(right[0] as string)
  );
}

function decide(rules: readonly BoundaryRule[], gap: GapContext): { decision: GapDecision; rule: string } {
  for (const rule of rules) {
    const decision = rule.decide(gap);
    if (decision) return { decision, rule: rule.name };
  }
  return { decision: 'keep', rule: 'default' };
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
  if (typeof text !== 'string' || text.length === 0) return [];
  const offset = options.offset ?? 0;
  const { starts, ends } = tokenizeWhitespace(text);
  const tokens = starts.map((s, k) => text.slice(s, ends[k]));
  const sentences: SegmentedSentence[] = [];
  const push = (from: number, to: number, rule: string): void => {
    const start = starts[from] as number;
    const end = ends[to] as number;
    sentences.push({ text: text.slice(start, end), span: { start: start + offset, end: end + offset }, rule });
  };

  let state = freshState(0);
  let dotRun = 0;
  for (let i = 0; i < tokens.length; i++) {
    addToken(state, tokens[i] as string);
    dotRun = tokens[i] === '.' ? dotRun + 1 : 0;
    if (i === tokens.length - 1) {
      push(state.firstToken, i, 'end-of-text');
      break;
    }
    const left = tokens[i] as string;
    const right = tokens[i + 1] as string;
    const lineBreaks = countLineBreaks(text, ends[i] as number, starts[i + 1] as number);
    if (isPlainGap(state, left, right, lineBreaks)) continue;
    const gap: GapContext = {
      left,
      right,
      previous: i > 0 ? tokens[i - 1] : undefined,
      dotRun,
      ahead: (k) => tokens[i + 1 + k],
      lineBreaks,
      sentenceLength: state.length,
      sentenceIsDots: state.isDots,
      openingMarker: state.openingMarker,
      openedWithBullet: state.openedWithBullet,
    };
    const { decision, rule } = decide(rules, gap);
    if (decision === 'split') {
      push(state.firstToken, i, rule);
      state = freshState(i + 1);
    }
  }
  return sentences;
}
