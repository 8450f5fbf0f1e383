import type { SplitRule } from '../types';
import { clauseStartAt, skipAdverbs } from '../clause-start';
import { clauseOffset, isPunct, isWord, leftHasVerb } from './clause-checks';

/** -ing words that are usually nouns ("as well as housing"). */
const ING_NOUNS: ReadonlySet<string> = new Set([
  'building', 'buildings', 'housing', 'meeting', 'meetings', 'funding', 'training', 'spending', 'fighting', 'shooting',
  'bombing', 'bombings', 'wedding', 'morning', 'evening', 'ceiling', 'thing', 'things', 'king', 'spring', 'string',
  'nothing', 'something', 'anything', 'everything', 'during', 'clothing', 'lending', 'landing', 'offering', 'rating',
  'setting', 'shipping', 'standing', 'warning', 'warnings', 'briefing', 'hearing', 'ruling', 'uprising', 'killing',
  'killings', 'crossing', 'crossings', 'opening', 'planning', 'parking', 'heating', 'painting', 'reading', 'recording',
]);

/** Index of the first word after k, looking past an opening quotation mark. */
function firstWordAfterQuote(ctx: { tokens: readonly { kind: string; text: string }[] }, k: number): number {
  const t = ctx.tokens[k];
  return t && t.kind === 'punct' && /^["“«]$/.test(t.text) ? k + 1 : k;
}

/**
 * "They condemned A, as well as demanding B": "as well as" joins facts when a
 * verb (finite or -ing) follows; before a noun phrase it is a list and stays.
 */
export const asWellAsClause: SplitRule = {
  name: 'as-well-as-clause',
  triggers: new Set([',', 'as']),
  match(ctx, i) {
    const comma = isPunct(ctx, i, ',');
    if (!comma && isPunct(ctx, i - 1, ',')) return null;
    const a = comma ? i + 1 : i;
    if (!isWord(ctx, a, 'as') || !isWord(ctx, a + 1, 'well') || !isWord(ctx, a + 2, 'as')) return null;
    if (!leftHasVerb(ctx, i)) return null;
    const next = a + 3;
    const w = skipAdverbs(ctx.tokens, firstWordAfterQuote(ctx, next));
    const word = ctx.tokens[w];
    const gerund = word !== undefined && /^[a-z]+ing$/.test(word.text) && !ING_NOUNS.has(word.lower);
    if (!gerund && clauseStartAt(ctx.tokens, next) === null) return null;
    return { rule: this.name, joiner: { start: ctx.tokens[i].start, end: clauseOffset(ctx, next) }, sharedSubject: true };
  },
};
