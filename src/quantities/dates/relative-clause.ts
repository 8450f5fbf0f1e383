import type { Token } from '../types';
/** Pronouns that open a relative clause set off by commas: ", who won 40 percent,". */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/** Tokens that end a sentence or bracket: a relative clause never spans them. */
const HARD_STOPS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '(', ')']);

/**
 * Index of the comma that opens a relative clause closed by the comma at
 * `close` (", who won 40 percent,"), looking back at most `reach` tokens;
 * undefined when the words before `close` are not such a clause.
 */
export function relativeClauseStart(tokens: Token[], close: number, reach: number): number | undefined {
  for (let j = close - 1; j >= 0 && j >= close - reach; j--) {
    const t = tokens[j];
    if (t.kind !== 'punct') continue;
    if (HARD_STOPS.has(t.text)) return undefined;
    if (t.text !== ',') continue; // "a 24-year veteran", "Ana's"
    const pronoun = tokens[j + 1];
    return pronoun?.kind === 'word' && RELATIVE_PRONOUNS.has(pronoun.lower) ? j : undefined;
  }
  return undefined;
}
