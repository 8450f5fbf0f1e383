import type { Token } from './types';
import { tokenized } from './tokenize';

export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'none', 'neither', 'nor', 'nobody', 'nothing', 'nowhere', 'cannot']);
export const DENIALS: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting']);

/** Negator + next word pairs that do not negate the claim ("not only", "no fewer than", "no doubt"). */
const NOT_NEGATING: ReadonlySet<string> = new Set([
  'not only', 'not just', 'not least', 'no fewer', 'no more', 'no less', 'no doubt', 'no matter', 'nothing but', 'never before',
]);

/**
 * True when the claim is negated: not, n't, never, no (longer), none,
 * neither/nor, or a denial of a that-clause ("denied that ...").
 */
export function isNegated(text: string): boolean {
  return typeof text === 'string' && negatedWords(tokenized(text).words);
}

/** `isNegated` over the word tokens of a text. */
export function negatedWords(words: readonly Token[]): boolean {
  return words.some((t, k) => {
    const w = t.lower;
    const next = words[k + 1]?.lower ?? '';
    // The last letter first: most words end in no "t", and `endsWith` is a call.
    if (w.charCodeAt(w.length - 1) === 0x74 && w.endsWith("n't")) return true;
    if (DENIALS.has(w)) return next === 'that';
    if (!NEGATORS.has(w)) return false;
    if (NOT_NEGATING.has(`${w} ${next}`)) return false;
    if (w === 'not' && words[k - 1]?.lower === 'or') return false; // "whether or not"
    // "No. 3", "no-fly" are not negations; the tokenizer keeps "no-fly" whole.
    return !(w === 'no' && (t.text === 'No' && /^\d/.test(next)));
  });
}
