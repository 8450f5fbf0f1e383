import type { Span } from '../types';
import type { AttributionMatch, SplitPoint } from './types';
import { skipAdverbs } from './clause-start';
import { findLeadingSubject } from './leading-subject';
import { tokenized, type TokenizedText } from './tokenize';
import { CORE_REPORTING_LEMMAS, REPORTING_FORMS } from './verb-lists';

/** One clause of a split sentence, before its attribution is settled. Spans are in output coordinates. */
export interface ClauseDraft {
  text: string;
  span: Span;
  /** The split that opened this clause (none for the first). */
  split?: SplitPoint;
  /** Attribution found in the clause's own words. */
  own: AttributionMatch | null;
  /** The clause's text tokenised, when the caller has it at hand. */
  tokenized?: TokenizedText;
}

/** Kinds of attribution that reach the clauses after them ("X said A, and B"). */
const GOVERNS_FORWARD = new Set(['front', 'according-to', 'quoted-as-saying']);
/** Kinds that reach the clauses before them ("A, and B, X said."). */
const GOVERNS_BACKWARD = new Set(['trailing', 'inverted']);

/** "The minister welcomed A but warned: ...": the second clause's speaker is the first clause's subject. */
function sharedSubjectSpeaker(clause: ClauseDraft, first: ClauseDraft): AttributionMatch | null {
  const tokens = (clause.tokenized ?? tokenized(clause.text)).tokens;
  const v = skipAdverbs(tokens, 0);
  const lemma = REPORTING_FORMS.get(tokens[v]?.lower ?? '');
  if (lemma === undefined) return null;
  const next = tokens[v + 1];
  if (!CORE_REPORTING_LEMMAS.has(lemma) && !(next && (next.lower === 'that' || /^[:"“«]$/.test(next.text)))) return null;
  const firstText = first.tokenized ?? tokenized(first.text);
  const firstTokens = firstText.tokens;
  const subject = findLeadingSubject(firstTokens, firstText.guarded());
  if (!subject) return null;
  const start = firstTokens[subject.from].start;
  const end = firstTokens[subject.to - 1].end;
  const span = { start: first.span.start + start, end: first.span.start + end };
  return { speaker: first.text.slice(start, end), verb: lemma, span, kind: 'front', rule: 'shared-subject-speaker' };
}

/**
 * Does the clause after this split still belong to the speech reported before
 * it? Yes for "and that ..." and a tight "A and B" inside the reported clause;
 * no after a comma or semicolon, where a new actor usually takes over, nor for
 * a second verb of the speaker ("X said A and declined to comment").
 */
function continuesReport(split: SplitPoint): boolean {
  if (split.rule.endsWith(':that')) return true;
  if (split.sharedSubject || split.rule === 'semicolon-clause') return false;
  return !(split.joinerText ?? '').startsWith(',');
}

/** The speaker clause `i` (without one of its own) gets from the split before it or the clause before it, or null. */
function handedOn(clauses: readonly ClauseDraft[], i: number, before: AttributionMatch | null): AttributionMatch | null {
  const clause = clauses[i];
  const split = clause.split;
  if (split?.verb && before) return { ...before, verb: split.verb, rule: split.rule };
  if (split?.sharedSubject) {
    const speaker = sharedSubjectSpeaker(clause, clauses[0]);
    if (speaker) return speaker;
  }
  if (before && GOVERNS_FORWARD.has(before.kind) && split && continuesReport(split)) return before;
  return null;
}

/**
 * Settles who speaks in each clause: its own attribution; else one handed on
 * by the split (", adding that"); else the subject it shares; else the nearest
 * front attribution before it (not across a semicolon); else a trailing one after it.
 */
export function resolveAttributions(clauses: readonly ClauseDraft[]): (AttributionMatch | null)[] {
  // Plain loops, not `map`/`forEach`: V8's inlined `map` makes arrays of another kind than the builtin,
  // and the mix throws away the optimised caller during the first pass over a feed.
  const resolved: (AttributionMatch | null)[] = [];
  for (const c of clauses) resolved.push(c.own);
  for (let i = 1; i < clauses.length; i++) if (!resolved[i]) resolved[i] = handedOn(clauses, i, resolved[i - 1]);
  for (let i = clauses.length - 2; i >= 0; i--) {
    const after = resolved[i + 1];
    if (!resolved[i] && after && GOVERNS_BACKWARD.has(after.kind) && clauses[i + 1].split?.rule !== 'semicolon-clause') {
      resolved[i] = after;
    }
  }
  return resolved;
}
