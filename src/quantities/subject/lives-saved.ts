import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';

/** Verbs of rescue before "N lives": the lives were kept, not lost. */
const SAVING_VERBS: ReadonlySet<string> = new Set([
  'save', 'saves', 'saved', 'saving', 'spare', 'spared', 'sparing', 'rescue', 'rescued', 'rescuing',
]);

/**
 * "lives" counts the dead ("claimed 19 lives", "12 lives were lost") except
 * after a verb of rescue: "saved 31 lives" counts survivors. Tokens
 * first..end hold the figure; asked only when its subject came out "death".
 */
export function livesSaved(tokens: Token[], first: number, end: number): boolean {
  if (!isWord(tokens[end], 'lives', 'life')) return false;
  const before = tokens[first - 1];
  return before?.kind === 'word' && SAVING_VERBS.has(before.lower);
}
