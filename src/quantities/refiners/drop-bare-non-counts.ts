import type { ParseContext, QuantityMatch, Refiner } from '../types';
import { isKnownSubject } from '../subject/categorize';
import { isYearLike, yearBeforeNoun } from '../parsers/year-before-noun';
import { isCapitalized, isPlainInteger, isPunctIn } from '../tokens/token-helpers';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../tables/calendar';

/**
 * Plain numbers that are more likely labels than counts, unless what they
 * count is known: four-digit year-like numbers ("the 2019 election"),
 * five-plus-digit runs without separators (ids), a lone "one" ("one of
 * the", "no one"), and a number that ends a name ("NewsLine 24 reported").
 */
function isBareNonCount(ctx: ParseContext, m: QuantityMatch): boolean {
  if (m.kind !== 'quantity' || !m.amount || (m.unit !== 'count' && m.unit !== 'people')) return false;
  const { firstToken, endToken, kind } = m.amount;
  // "The 2005 floods killed 24": a year naming an event, whatever the clause makes it count.
  if (endToken - firstToken === 1 && yearBeforeNoun(ctx.tokens, firstToken)) return true;
  if (isKnownSubject(m.subject)) return false;
  if (allYearLike(ctx, firstToken, endToken)) return true;
  if (endToken - firstToken !== 1) return false;
  const only = ctx.tokens[firstToken];
  if (kind === 'digits' && only.kind === 'num' && /^\d{5,}$/.test(only.text)) return true;
  if (kind === 'digits' && m.firstToken === firstToken && (m.subject === undefined || afterAcronym(ctx, firstToken)) && endsName(ctx, firstToken)) return true;
  return kind === 'words' && m.value === 1;
}

/**
 * "France 24 said", "Harbour 24 and": a short whole number one space after
 * a capitalised word inside a sentence, with no noun after it to count,
 * names an outlet, a mission or a product ("gives the Alliance 94 seats"
 * counts seats). Not after a month or weekday ("Friday 13"), nor after a
 * sentence's first word, which is capitalised anyway ("Only 24 voted"),
 * unless a capital inside it shows it is a name ("NewsLine 24 said").
 */
function endsName(ctx: ParseContext, i: number): boolean {
  const { tokens } = ctx;
  const name = tokens[i - 1];
  if (!isCapitalized(name) || !isPlainInteger(tokens[i]) || tokens[i].text.length > 3) return false;
  if (tokens[i].start !== name!.end + 1 || MONTH_NAMES.has(name!.lower) || WEEKDAY_NAMES.has(name!.lower)) return false;
  const before = tokens[i - 2];
  const opensSentence = before === undefined || isPunctIn(before, OPENS_SENTENCE_AFTER);
  return !opensSentence || INNER_CAPITAL.test(name!.text);
}

/**
 * An index or a list named by an acronym and a number ("the FTSE 250 brake
 * maker", "a DAX 40 company") is a name even with a noun after it, unless
 * that noun is a known thing to count ("the NATO 300 soldiers" is kept
 * above, by isKnownSubject).
 */
function afterAcronym(ctx: ParseContext, i: number): boolean {
  const name = ctx.tokens[i - 1];
  return name !== undefined && ACRONYM.test(name.text);
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** Marks after which a word is capitalised whatever it is: a sentence's end, an opening quote or bracket, a colon. */
const OPENS_SENTENCE_AFTER: ReadonlySet<string> = new Set(['.', '!', '?', '"', '\u201C', "'", '\u2018', '(', '[', ':', '\u2014', '-']);

/** A capital after the first letter: "NewsLine", "BBC", never a plain sentence opener. */
const INNER_CAPITAL = /^.\p{L}*\p{Lu}/u;

/**
 * "the 2019 election", "the 1990-2000 period": numbers at every other token of the amount, each
 * like a year. Read in place, as this runs for every count.
 */
function allYearLike(ctx: ParseContext, firstToken: number, endToken: number): boolean {
  let numbers = 0;
  for (let k = firstToken; k < endToken; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'num') continue;
    if (!isYearLike(t.text)) return false;
    numbers++;
  }
  return numbers > 0 && endToken - firstToken === 2 * numbers - 1;
}

export const dropBareNonCounts: Refiner = {
  name: 'drop-bare-non-counts',
  refine(ctx, matches) {
    // Most texts drop nothing: the list is copied only from the first match dropped.
    let kept: QuantityMatch[] | undefined;
    for (let k = 0; k < matches.length; k++) {
      const drop = isBareNonCount(ctx, matches[k]);
      if (drop && kept === undefined) kept = matches.slice(0, k);
      else if (!drop && kept !== undefined) kept.push(matches[k]);
    }
    return kept ?? matches;
  },
};
