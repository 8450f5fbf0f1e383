import { tokenize } from './tokenize';

const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'none', 'neither', 'nor', 'nobody', 'nothing', 'nowhere', 'cannot']);
const DENIALS: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting']);

/** Negator + next word pairs that do not negate the claim ("not only", "no fewer than", "no doubt"). */
const NOT_NEGATING: ReadonlySet<string> = new Set([
  'not only', 'not just', 'not least', 'no fewer', 'no more', 'no less', 'no doubt', 'no matter', 'nothing but', 'never before',
]);

/**
 * True when the claim is negated: not, n't, never, no (longer), none,
 * neither/nor, or a denial of a that-clause ("denied that ...").
 */
export function isNegated(text: string): boolean {
  if (typeof text !== 'string') return false;
  const words = tokenize(text).filter((t) => t.kind === 'word');
  return words.some((t, k) => {
    const w = t.lower;
    const next = words[k + 1]?.lower ?? '';
    if (w.endsWith("n't")) return true;
    if (DENIALS.has(w)) return next === 'that';
    if (!NEGATORS.has(w)) return false;
    if (NOT_NEGATING.has(`${w} ${next}`)) return false;
    if (w === 'not' && words[k - 1]?.lower === 'or') return false; // "whether or not"
    // "No. 3", "no-fly" are not negations; the tokenizer keeps "no-fly" whole.
    return !(w === 'no' && (t.text === 'No' && /^\d/.test(next)));
  });
}
