import type { ClaimDraft, ClaimExtraction, Sentence, Span, TextSegment } from '../types';
import type { AttributionMatch, AttributionRule, SplitPoint, SplitRule, Token } from './types';
import { findAntecedent } from './find-antecedent';
import { attributionOf as attributionIn } from './find-attribution';
import { splitsOf } from './find-splits';
import { maskedTokenized } from './masked-tokens';
import { findRelativeAsides, type RelativeAside } from './relative-asides';
import { relativeSpeaker } from './relative-speaker';
import { resolveAttributions, type ClauseDraft } from './resolve-attributions';
import { DEFAULT_SKIP_RULES, type SkipRule } from './skip-rules';
import { TokenizedText } from './tokenize';
import { scanText } from './scan-tokens';
import { claimFlags } from './claim-flags';
import { trimmedEnd, trimmedStart } from './trim-bounds';

/** Options of `extractClaims`. */
export interface ExtractClaimsOptions {
  /** Clause split rules, in order (default `DEFAULT_SPLIT_RULES`). */
  splitRules?: readonly SplitRule[];
  /** Attribution rules, in order (default `DEFAULT_ATTRIBUTION_RULES`). */
  attributionRules?: readonly AttributionRule[];
  /** Rules that skip a whole sentence (default `DEFAULT_SKIP_RULES`). */
  skipRules?: readonly SkipRule[];
  /** Lift mid-sentence relative clauses that carry a fact out as claims of their own (default true). */
  relativeAsides?: boolean;
}

const EMPTY: ClaimExtraction = { claims: [], skipped: [] };

interface Bounds {
  start: number;
  end: number;
  split?: SplitPoint;
}

/** Clause bounds between the split joiners; every non-last clause loses its trailing comma. */
function clauseBounds(text: string, splits: readonly SplitPoint[]): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  let opened: SplitPoint | undefined;
  for (let k = 0; k <= splits.length; k++) {
    const split = k < splits.length ? splits[k] : undefined;
    const end = split ? split.joiner.start : text.length;
    const s = trimmedStart(text, start, end);
    const e = trimmedEnd(text, s, end, split !== undefined);
    if (e > s) out.push({ start: s, end: e, split: opened });
    if (split) {
      start = split.joiner.end;
      opened = split;
    }
  }
  return out;
}

/**
 * Split points that do not fall inside a lifted clause. Both lists are in
 * text order, so one forward pass decides (linear on hostile input).
 */
function outsideAsides(splits: readonly SplitPoint[], asides: readonly RelativeAside[]): readonly SplitPoint[] {
  if (asides.length === 0) return splits; // the usual sentence: nothing to filter, no copy
  let a = 0;
  return splits.filter((p) => {
    while (a < asides.length && asides[a].closeStart <= p.joiner.start) a++;
    const aside = asides[a];
    return !(aside && p.joiner.start > aside.open && p.joiner.start < aside.closeStart);
  });
}

/** Shared answer for the usual clause, which holds no aside: only read, never changed. */
const NONE_INSIDE: readonly RelativeAside[] = [];

/** The asides (in text order) that open inside clause `b`, found by binary search: clauses are in text order too. */
function asidesOpeningIn(asides: readonly RelativeAside[], b: Bounds): readonly RelativeAside[] {
  let lo = 0;
  let hi = asides.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (asides[mid].open < b.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === asides.length || asides[lo].open >= b.end) return NONE_INSIDE;
  const out: RelativeAside[] = [];
  for (let k = lo; k < asides.length && asides[k].open < b.end; k++) out.push(asides[k]);
  return out;
}

/** A clause once its lifted relative clauses are taken out: its own pieces, and the asides inside it. Local offsets. */
interface ClausePieces {
  bounds: Bounds;
  pieces: Span[];
  asides: readonly { aside: RelativeAside; clause: Span }[];
}

/** Shared by the usual clause, which lifts no aside: only read, never changed. */
const NONE_LIFTED: ClausePieces['asides'] = [];

/**
 * Cuts a clause around the relative asides that open inside it: the pieces
 * before, between and after them stay the clause's claim, each aside becomes
 * one of its own (clipped to the clause: its closing comma may be the joiner
 * of the next split).
 */
function cutAroundAsides(text: string, bounds: Bounds, inside: readonly RelativeAside[]): ClausePieces {
  if (inside.length === 0) return { bounds, pieces: [wholeClause(text, bounds)], asides: NONE_LIFTED };
  const pieces: Span[] = [];
  const lifted: { aside: RelativeAside; clause: Span }[] = [];
  let cursor = bounds.start;
  for (const aside of inside) {
    const s = trimmedStart(text, cursor, aside.open);
    const e = trimmedEnd(text, s, aside.open, true);
    if (e > s) pieces.push({ start: s, end: e });
    const clauseEnd = Math.min(aside.clause.end, bounds.end);
    const cs = trimmedStart(text, aside.clause.start, clauseEnd);
    const ce = trimmedEnd(text, cs, clauseEnd, true);
    if (ce > cs) lifted.push({ aside, clause: { start: cs, end: ce } });
    cursor = Math.min(aside.closeEnd, bounds.end);
  }
  const s = trimmedStart(text, cursor, bounds.end);
  const e = trimmedEnd(text, s, bounds.end, false);
  if (e > s) pieces.push({ start: s, end: e });
  // A clause can never be all aside (an aside opens after a word), but keep the clause whole if it were.
  if (pieces.length === 0) return { bounds, pieces: [{ start: bounds.start, end: bounds.end }], asides: [] };
  return { bounds, pieces, asides: lifted };
}

/**
 * The one piece of a clause without asides, trimmed as `cutAroundAsides` trims
 * its last piece. Its own array literal: a first `push` gives room for 17.
 */
function wholeClause(text: string, bounds: Bounds): Span {
  const s = trimmedStart(text, bounds.start, bounds.end);
  const e = trimmedEnd(text, s, bounds.end, false);
  return e > s ? { start: s, end: e } : { start: bounds.start, end: bounds.end };
}

/** The pieces plus the mark that closed each aside, sorted: what a reader hears with the aside left out. */
function withClosingMarks(pieces: readonly Span[], asides: ClausePieces['asides']): Span[] {
  const marks = asides.map(({ aside }) => ({ start: aside.closeStart, end: aside.closeEnd }));
  return [...pieces, ...marks].sort((a, b) => a.start - b.start);
}

const shift = (span: Span, base: number): Span => ({ start: base + span.start, end: base + span.end });

/**
 * A claim with its speaker and flags, its fields in the order a report lists
 * them. The usual claim (one piece, no antecedent) is one object literal, not
 * spread together from small objects.
 */
function makeClaim(text: string, span: Span, parts: Span[] | undefined, antecedent: TextSegment | undefined, a: AttributionMatch | null, own: TokenizedText): ClaimDraft {
  const attribution = a ? { speaker: a.speaker, verb: a.verb, span: { start: a.span.start, end: a.span.end } } : undefined;
  const f = claimFlags(own);
  if (parts || antecedent) {
    // Key by key, not spreads: these drafts come in several shapes, and spreading into them went through
    // the runtime's slow object copy. Keys are added in the order the report lists them.
    const draft: ClaimDraft = { text, span } as ClaimDraft;
    if (parts) draft.parts = parts;
    if (antecedent) draft.antecedent = antecedent;
    if (attribution) draft.attribution = attribution;
    draft.negated = f.negated;
    draft.hedges = f.hedges;
    draft.quoted = f.quoted;
    draft.rejects = f.rejects;
    return draft;
  }
  if (attribution) return { text, span, attribution, negated: f.negated, hedges: f.hedges, quoted: f.quoted, rejects: f.rejects };
  return { text, span, negated: f.negated, hedges: f.hedges, quoted: f.quoted, rejects: f.rejects };
}

/** The antecedent of a relative clause whose opening mark is token `open`, in output coordinates. */
function antecedentAt(text: string, tokens: readonly Token[], open: number, base: number): TextSegment | undefined {
  const span = open >= 0 ? findAntecedent(tokens, open) : null;
  return span ? { text: text.slice(span.start, span.end), span: shift(span, base) } : undefined;
}

/**
 * Splits one sentence into atomic claims: coordinated independent clauses
 * become separate claims, and a relative clause set off mid-sentence that
 * carries a fact of its own becomes a claim nested in the gap of a
 * discontinuous one (`parts`). Each claim gets its speaker (if reported),
 * negation, hedges, quotation and rejection flags. Questions, slogans,
 * opinion and verbless fragments are skipped with a reason. Spans are in the
 * sentence's own (article) coordinates and always slice back to the claim text.
 */
export function extractClaims(sentence: Sentence, options: ExtractClaimsOptions = {}): ClaimExtraction {
  if (!sentence || typeof sentence.text !== 'string') return EMPTY;
  const text = sentence.text;
  const base = Number.isFinite(sentence.span?.start) ? sentence.span.start : 0;
  const s = trimmedStart(text, 0, text.length);
  const e = trimmedEnd(text, s, text.length, false);
  if (e <= s) return EMPTY;
  const whole: Span = { start: base + s, end: base + e };

  // Scanned afresh, not through the recent-text cache: a sentence seldom comes twice in a row, and keying the
  // cache hashes the whole sentence.
  // Its roles come with the scan, which reads each token's traits anyway.
  const scanned = scanText(text);
  const tt = new TokenizedText(text, scanned.tokens, scanned.roles);
  const tokens = tt.tokens;
  const guarded = tt.guarded();
  const trimmed = text.slice(s, e);
  for (const rule of options.skipRules ?? DEFAULT_SKIP_RULES) {
    const reason = rule.test(trimmed, tokens, guarded);
    if (reason) return { claims: [], skipped: [{ span: whole, reason }] };
  }

  const asides = options.relativeAsides === false ? [] : findRelativeAsides(tokens, tt.guarded(false));
  // A conjunction inside a lifted clause joins its own words ("who arrived Monday and met aides").
  const splits = outsideAsides(splitsOf(tt, { rules: options.splitRules }), asides);
  const bounds = clauseBounds(text, splits);
  // Plain loops, not `map`: V8's inlined `map` makes arrays of another kind than the builtin, and the mix
  // throws away this function's optimised code during the first pass over a feed.
  const clauses: ClausePieces[] = [];
  for (const b of bounds) clauses.push(cutAroundAsides(text, b, asidesOpeningIn(asides, b)));
  // Each clause's own words, kept for its speaker and flags (clause texts are not in the recent-text cache).
  const drafts: TokenizedDraft[] = [];
  for (const clause of clauses) drafts.push(clauseDraft(tt, clause, base, options.attributionRules));
  const speakers = resolveAttributions(drafts);

  const claims: ClaimDraft[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    const draft = drafts[i];
    const own = draft.tokenized;
    const whole = clause.pieces.length === 1;
    const parts = whole ? undefined : clause.pieces.map((p) => shift(p, base));
    const antecedent = clause.bounds.split?.rule === 'relative-clause' ? antecedentAt(text, tokens, tokenAt(tokens, clause.bounds.split.joiner.start), base) : undefined;
    const speaker = speakers[i] ?? (antecedent ? relativeSpeaker(own.tokens, antecedent) : null);
    // A clause of one piece masks nothing: its own text is already the slice of its span.
    const claimText = whole ? own.text : text.slice(draft.span.start - base, draft.span.end - base);
    claims.push(makeClaim(claimText, draft.span, parts, antecedent, fixSpeakerText(speaker, text, base), own));
    for (const { aside, clause: c } of clause.asides) claims.push(asideClaim(tt, base, aside, c, speaker));
  }
  return { claims, skipped: [] };
}

/** A clause draft that always carries its own words tokenised: its claim's flags are read from them. */
type TokenizedDraft = ClauseDraft & { tokenized: TokenizedText };

/** A clause before its speaker is settled: the attribution in its own words, and those words tokenised. */
function clauseDraft(tt: TokenizedText, clause: ClausePieces, base: number, rules: ExtractClaimsOptions['attributionRules']): TokenizedDraft {
  const { bounds, pieces } = clause;
  const first = pieces[0].start;
  const last = pieces[pieces.length - 1].end;
  const own = maskedTokenized(tt, first, last, pieces);
  // Speakers are read with each closing mark kept: "X met Roe, who ..., officials said" still has its comma.
  // Without asides there are no marks to add, and the clause is heard as it reads.
  const heard = clause.asides.length === 0 ? own : maskedTokenized(tt, first, last, withClosingMarks(pieces, clause.asides));
  // `heard` is never blank: every piece starts with a non-space character.
  const attribution = attributionIn(heard, { offset: base + first, rules });
  return { text: own.text, span: { start: base + first, end: base + last }, split: bounds.split, own: attribution, tokenized: own };
}

/** Index of the token starting at local offset `at`, or -1. */
function tokenAt(tokens: readonly Token[], at: number): number {
  return tokens.findIndex((t) => t.start === at);
}

/** A speaker read across a blanked gap is given its real text, so its span still slices back to it. */
function fixSpeakerText(a: AttributionMatch | null, text: string, base: number): AttributionMatch | null {
  if (!a) return a;
  const real = text.slice(a.span.start - base, a.span.end - base);
  return real === a.speaker ? a : { ...a, speaker: real };
}

/**
 * The claim of a lifted relative clause. Its speaker: the antecedent when the
 * clause itself reports speech ("who said ..."); else the enclosing clause's
 * speaker, unless the clause describes that speaker ("Jane Roe, who leads the
 * front, said ...": the source itself says who Roe is).
 */
function asideClaim(
  sentence: TokenizedText,
  base: number,
  aside: RelativeAside,
  clause: Span,
  outer: AttributionMatch | null,
): ClaimDraft {
  const text = sentence.text;
  const own = maskedTokenized(sentence, clause.start, clause.end, [clause]);
  const antecedent = aside.antecedent ? { text: text.slice(aside.antecedent.start, aside.antecedent.end), span: shift(aside.antecedent, base) } : undefined;
  const describesSpeaker = outer !== null && antecedent !== undefined && antecedent.span.start < outer.span.end && outer.span.start < antecedent.span.end;
  const insideSpeaker = outer !== null && outer.span.start <= base + aside.open && base + aside.closeEnd <= outer.span.end;
  const inherited = outer && !describesSpeaker && !insideSpeaker ? outer : null;
  const speaker = relativeSpeaker(own.tokens, antecedent) ?? inherited;
  return makeClaim(own.text, shift(clause, base), undefined, antecedent, speaker, own);
}
