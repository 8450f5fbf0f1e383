import type { Token } from './types';
import { tokenized } from './tokenize';

/** Single hedge words. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'reportedly', 'allegedly', 'apparently', 'possibly', 'likely', 'unlikely', 'probably',
  'perhaps', 'purportedly', 'supposedly', 'seemingly', 'unconfirmed', 'unverified', 'rumored', 'rumoured',
]);

/** Participles that hedge in "is/are/was/were ___ to" ("is believed to", "were said to"). */
export const HEDGE_PARTICIPLES: ReadonlySet<string> = new Set(['believed', 'said', 'thought', 'understood', 'reported', 'alleged', 'rumored', 'rumoured', 'feared', 'estimated']);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const MONTH_CONTEXT: ReadonlySet<string> = new Set(['in', 'of', 'since', 'until', 'by', 'from', 'early', 'late', 'mid', 'last', 'next', 'this', 'through']);

/** "May" the month: capitalized mid-sentence after a time word or before a number. */
function isMonthMay(words: readonly Token[], k: number): boolean {
  if (words[k].text !== 'May') return false;
  return MONTH_CONTEXT.has(words[k - 1]?.lower ?? '') || /^\d/.test(words[k + 1]?.text ?? '');
}

/** Hedge words and phrases of a claim, lower case, in order of appearance, each once. */
export function findHedges(text: string): string[] {
  return typeof text === 'string' ? hedgesInWords(tokenized(text).words) : [];
}

/** `findHedges` over the word tokens of a text. */
export function hedgesInWords(words: readonly Token[]): string[] {
  const found: string[] = [];
  const add = (h: string) => {
    if (!found.includes(h)) found.push(h);
  };
  words.forEach((t, k) => {
    const next = words[k + 1];
    if (BE_FORMS.has(t.lower) && next && HEDGE_PARTICIPLES.has(next.lower) && words[k + 2]?.lower === 'to') {
      add(`${t.lower} ${next.lower} to`);
    } else if (HEDGE_WORDS.has(t.lower) && !isMonthMay(words, k)) {
      add(t.lower);
    }
  });
  return found;
}
