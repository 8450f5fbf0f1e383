import type { ParseContext, QuantityMatch, Refiner } from '../types';
import { APPROXIMATE_WITH_DIGITS, DURATION_UNITS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, TEMPORAL_PREPOSITIONS, type QualifierRule } from '../tables/qualifiers';
import { significantDigits } from '../numbers/significant-digits';
import { tidy } from '../numbers/tidy';
import { isHyphen, matchesSequence, touchesPrevious } from '../tokens/token-helpers';

/**
 * Prefix qualifiers by their last word ('-' for any hyphen), in table order: only those whose
 * last word is the token before the amount can match, so the rest are never tried.
 */
const PREFIXES_BY_LAST_WORD: ReadonlyMap<string, readonly QualifierRule[]> = (() => {
  const byLast = new Map<string, QualifierRule[]>();
  for (const rule of PREFIX_QUALIFIERS) {
    const last = rule.words[rule.words.length - 1];
    const rules = byLast.get(last) ?? [];
    rules.push(rule);
    byLast.set(last, rules);
  }
  return byLast;
})();
const NO_RULES: readonly QualifierRule[] = [];

/** The prefix qualifiers that could end at this token, in table order. */
function prefixesEndingAt(ctx: ParseContext, i: number): readonly QualifierRule[] {
  const t = ctx.tokens[i];
  if (t === undefined) return NO_RULES;
  const byWord = PREFIXES_BY_LAST_WORD.get(t.lower) ?? NO_RULES;
  const byHyphen = isHyphen(t) ? PREFIXES_BY_LAST_WORD.get('-') : undefined;
  if (byHyphen === undefined) return byWord;
  // Both lists: back in table order, so ties in length go to the earlier rule as before.
  return PREFIX_QUALIFIERS.filter((rule) => byWord.includes(rule) || byHyphen.includes(rule));
}

/** Verbs of movement that "up to" completes: "VAT goes up to 26 per cent" is a rise to 26, not at most 26. */
const MOVES_UP: ReadonlySet<string> = new Set([
  'go', 'goes', 'went', 'gone', 'going', 'move', 'moves', 'moved', 'moving', 'shoot', 'shoots', 'shot', 'jump', 'jumps',
  'jumped', 'climb', 'climbs', 'climbed', 'edge', 'edges', 'edged', 'creep', 'creeps', 'crept', 'push', 'pushes', 'pushed',
  'bump', 'bumps', 'bumped', 'ratchet', 'ratchets', 'ratcheted',
]);

/** "goes up to 26": the movement's "up to" before the amount at `at`, which qualifies nothing. */
function isMovementUpTo(ctx: ParseContext, rule: QualifierRule, at: number): boolean {
  const before = ctx.tokens[at - 1];
  return rule.words[0] === 'up' && rule.words[1] === 'to' && before?.kind === 'word' && MOVES_UP.has(before.lower);
}

/** The longest prefix qualifier ending just before token `first`. */
function findPrefix(ctx: ParseContext, first: number, floor: number, duration: boolean): QualifierRule | undefined {
  let best: QualifierRule | undefined;
  for (const rule of prefixesEndingAt(ctx, first - 1)) {
    if (duration && rule.words.length === 1 && TEMPORAL_PREPOSITIONS.has(rule.words[0])) continue;
    const at = first - rule.words.length;
    if (at < floor || !matchesSequence(ctx.tokens, at, rule.words) || isMovementUpTo(ctx, rule, at)) continue;
    if (!best || rule.words.length > best.words.length) best = rule;
  }
  return best;
}

/** First words of the suffix qualifiers ('-' for any hyphen): other tokens after an amount start none. */
const SUFFIX_FIRST_WORDS: ReadonlySet<string> = new Set(SUFFIX_QUALIFIERS.map((rule) => rule.words[0]));

/** The longest suffix qualifier starting at token `end`; symbols and hyphens must be glued ("500+", "200-odd"). */
function findSuffix(ctx: ParseContext, end: number, ceiling: number): QualifierRule | undefined {
  const t = ctx.tokens[end];
  if (t === undefined || !(SUFFIX_FIRST_WORDS.has(t.lower) || isHyphen(t))) return undefined;
  let best: QualifierRule | undefined;
  for (const rule of SUFFIX_QUALIFIERS) {
    if (end + rule.words.length > ceiling || !matchesSequence(ctx.tokens, end, rule.words)) continue;
    const glueNeeded = rule.words[0] === '+' || rule.words[0] === '-';
    if (glueNeeded && !touchesPrevious(ctx.tokens, end)) continue;
    if (!best || rule.words.length > best.words.length) best = rule;
  }
  return best;
}

function writtenLower(ctx: ParseContext, first: number, end: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[end - 1].end).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The factors of a rule for this amount: an approximation is narrower before
 * two or more significant digits ("about 420,000"), unless the last is a 5
 * ("about 25", "around 250": rounded to a five, as loosely as one digit).
 */
function factorsFor(rule: QualifierRule, written: string): { lowFactor: number; highFactor: number } {
  if (!rule.approximate) return rule;
  const digits = significantDigits(written);
  return digits.length >= APPROXIMATE_WITH_DIGITS.minDigits && !digits.endsWith('5') ? APPROXIMATE_WITH_DIGITS : rule;
}

/** Interval of an amount under a qualifier (see tables/qualifiers.ts); percent stays at or under 100. */
function widen(m: QuantityMatch, rule: QualifierRule, written: string): { low: number; high: number } {
  const { lowFactor, highFactor } = factorsFor(rule, written);
  const low = tidy(m.low * lowFactor);
  let high = tidy(m.high * highFactor);
  if (m.unit === 'percent' && m.high <= 100) high = Math.min(high, 100);
  return { low, high };
}

/**
 * Widen quantity m by the qualifier between token `floor` and token `ceiling` around it, taking
 * the qualifier into its span; a vague amount without one keeps its vague word as the qualifier.
 */
function qualify(ctx: ParseContext, m: QuantityMatch, floor: number, ceiling: number): void {
  const prefix = findPrefix(ctx, m.firstToken, floor, DURATION_UNITS.has(m.unit ?? ''));
  // With both ("some 1,000 or more") the prefix sets the interval; the suffix only joins the span.
  const suffix = findSuffix(ctx, m.endToken, ceiling);
  const rule = prefix ?? suffix;
  if (!rule) {
    if (m.vagueWord) m.qualifier = m.vagueWord;
    return;
  }
  const firstToken = prefix ? m.firstToken - prefix.words.length : m.firstToken;
  const endToken = suffix ? m.endToken + suffix.words.length : m.endToken;
  m.qualifier = prefix
    ? writtenLower(ctx, firstToken, m.firstToken)
    : writtenLower(ctx, m.endToken, endToken).replace(/^[-\u2010-\u2013]/, '');
  const { low, high } = widen(m, rule, ctx.text.slice(ctx.tokens[m.firstToken].start, ctx.tokens[m.endToken - 1].end));
  m.low = low;
  m.high = high;
  m.firstToken = firstToken;
  m.endToken = endToken;
  m.rule = `${m.rule}+qualifier`;
}

/**
 * "more than 1,000", "about 300", "1,000 or more": widen the interval and
 * take the qualifier into the span. Vague amounts without one keep their
 * vague word ("several", "hundreds") as the qualifier. The matches are this
 * extraction's own, fresh from the parsers: updated in place, not copied.
 */
export const applyQualifiers: Refiner = {
  name: 'qualifier',
  refine(ctx, matches) {
    // A qualifier may not reach into the previous match as the parsers left it.
    let floor = 0;
    for (let idx = 0; idx < matches.length; idx++) {
      const m = matches[idx];
      const ownEnd = m.endToken;
      const ceiling = idx + 1 < matches.length ? matches[idx + 1].firstToken : ctx.tokens.length;
      if (m.kind === 'quantity') qualify(ctx, m, floor, ceiling);
      floor = ownEnd;
    }
    return matches;
  },
};
