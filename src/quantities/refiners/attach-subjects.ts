import type { ParseContext, QuantityMatch, Refiner } from '../types';
import { readSubject } from '../subject/read-subject';
import { canonicalSubject, isKnownSubject } from '../subject/categorize';
import { subjectBefore } from '../subject/subject-before';
import { rateBefore } from '../subject/rate-before';
import { casualtyAfter } from '../subject/casualty-after';
import { livesSaved } from '../subject/lives-saved';
import { ageInService } from '../subject/age-in-service';

/**
 * A casualty verb right before a bare figure names what it counts when no
 * noun follows: "killing 12 and injuring more than 300" counts the dead, then
 * the injured; "has infected 1,214" counts cases.
 */
const CASUALTY_VERBS: ReadonlyMap<string, string> = new Map([
  ['killing', 'death'], ['killed', 'death'], ['kills', 'death'], ['kill', 'death'],
  ['injuring', 'injury'], ['injured', 'injury'], ['injures', 'injury'], ['injure', 'injury'],
  ['wounding', 'injury'], ['wounded', 'injury'], ['wounds', 'injury'], ['wound', 'injury'],
  // An outbreak's count: "the outbreak has infected 1,214" counts cases.
  ['infecting', 'case'], ['infected', 'case'], ['infects', 'case'], ['sickened', 'case'], ['sickening', 'case'],
]);

/** The casualty a verb just before the quantity names; qualifiers are already inside it ("injuring more than 300"). */
function casualtyBefore(ctx: ParseContext, m: QuantityMatch): string | undefined {
  const before = ctx.tokens[m.firstToken - 1];
  return before?.kind === 'word' ? CASUALTY_VERBS.get(before.lower) : undefined;
}

/** What quantity m counts, if known. */
function subjectOf(ctx: ParseContext, m: QuantityMatch): string | undefined {
  // A subject fixed by a hyphenated adjective ("six-nation") only needs its canonical form.
  if (m.subject !== undefined) return canonicalSubject(m.subject);
  if (m.subjectMode === 'none') return undefined;
  if (m.unit === 'year' && ageInService(ctx.tokens, m.firstToken)) return 'age';
  const after = readSubject(ctx.tokens, m.endToken, m.subjectMode === 'direct');
  if (after === 'death' && livesSaved(ctx.tokens, m.firstToken, m.endToken)) return 'survivor';
  if (after !== undefined && isKnownSubject(after)) return after;
  // "turnout was 54.3 percent": a rate named before its figure, which no "of" phrase follows.
  if (after === undefined && (m.unit === 'percent' || m.unit === 'percentage point')) {
    const rate = rateBefore(ctx.tokens, m.firstToken);
    if (rate !== undefined) return rate;
  }
  // A head before the figure says more than a word after it the tables do not know ("the toll rose to 41 overnight").
  return subjectBefore(ctx.tokens, m.firstToken) ?? after ?? casualtyBefore(ctx, m) ?? casualtyAfter(ctx.tokens, m.firstToken, m.endToken);
}

/** What each quantity counts: the head noun after it, or after "of" (see subject/read-subject.ts). */
export const attachSubjects: Refiner = {
  name: 'subject',
  refine(ctx, matches) {
    // The matches are this extraction's own: updated in place, not copied.
    for (const m of matches) if (m.kind === 'quantity') m.subject = subjectOf(ctx, m);
    return matches;
  },
};
