import type { Span } from '../types';
import type { Token } from './types';

/** A Map, not a record: asked at every mark, and a record keyed by a mark's text misses its inline cache. */
const OPEN_CLOSE: ReadonlyMap<string, string> = new Map([['“', '”'], ['«', '»'], ['„', '“'], ['(', ')'], ['[', ']']]);
const DASHES = new Set(['—', '–']);

export interface GuardOptions {
  /** Whether dash asides are guarded too (default true); quotes and brackets always are. */
  dashes?: boolean;
}

/**
 * Local spans that a clause split must not cross: quoted speech, parentheses
 * and dash asides. An unclosed quote guards to the end of the text, an
 * unopened closing quote from the start: a sentence may begin or end mid-quote.
 */
export function findGuardedRegions(text: string, tokens: readonly Token[], options: GuardOptions = {}): Span[] {
  const dashes = options.dashes ?? true;
  const regions: Span[] = [];
  let open: { close: string; start: number } | null = null;
  let straightOpen = -1;
  let dashOpen = -1;
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    const c = t.text;
    if (open) {
      if (c === open.close) {
        regions.push({ start: open.start, end: t.end });
        open = null;
      }
      continue;
    }
    if (c === '"') {
      if (straightOpen < 0) straightOpen = t.start;
      else {
        regions.push({ start: straightOpen, end: t.end });
        straightOpen = -1;
      }
    } else if (straightOpen >= 0) {
      continue;
    } else if (OPEN_CLOSE.has(c)) {
      open = { close: OPEN_CLOSE.get(c) as string, start: t.start };
    } else if (c === '”' || c === '»') {
      regions.push({ start: 0, end: t.end });
    } else if (dashes && DASHES.has(c)) {
      if (dashOpen < 0) dashOpen = t.start;
      else {
        regions.push({ start: dashOpen, end: t.end });
        dashOpen = -1;
      }
    }
  }
  if (open) regions.push({ start: open.start, end: text.length });
  if (straightOpen >= 0) regions.push({ start: straightOpen, end: text.length });
  // A single dash guards nothing: it usually marks an afterthought, not an aside.
  return regions;
}

/** Regions sorted and merged, so marking tokens stays linear. */
function mergeRegions(regions: Span[]): Span[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** `guarded[i]` for each token: true when it lies inside a guarded region. */
export function guardTokens(text: string, tokens: readonly Token[], options: GuardOptions = {}): boolean[] {
  return markGuarded(tokens, findGuardedRegions(text, tokens, options));
}

/** All-false answers, one per token count, shared: they are only ever read. */
const NONE_GUARDED: (readonly boolean[])[] = [];
const SHARED_UP_TO = 256;

/**
 * `guardTokens` for readers only: when nothing is guarded (most sentences
 * quote no one) the answer is a shared all-false array, not a new one for
 * every sentence and clause.
 */
export function readGuardedTokens(text: string, tokens: readonly Token[], options: GuardOptions = {}): readonly boolean[] {
  const found = findGuardedRegions(text, tokens, options);
  return found.length > 0 ? markGuarded(tokens, found) : noneGuarded(tokens.length);
}

/** All false for `count` tokens: the shared array when there is one for that count. */
export function noneGuarded(count: number): readonly boolean[] {
  if (count > SHARED_UP_TO) return new Array<boolean>(count).fill(false);
  return (NONE_GUARDED[count] ??= new Array<boolean>(count).fill(false));
}

/**
 * True when `guarded` is a shared all-false answer: the text has no quote
 * mark, no bracket and at most one dash, and so has no part of it either.
 */
export function guardsNothing(guarded: readonly boolean[]): boolean {
  return guarded === NONE_GUARDED[guarded.length];
}

function markGuarded(tokens: readonly Token[], found: Span[]): boolean[] {
  const guarded = new Array<boolean>(tokens.length).fill(false);
  if (found.length === 0) return guarded;
  const regions = mergeRegions(found);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (r < regions.length && regions[r].end < t.end) r++;
    if (r < regions.length && t.start >= regions[r].start && t.end <= regions[r].end) guarded[i] = true;
  }
  return guarded;
}
