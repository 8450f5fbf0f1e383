import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';

/** What a thing is "in" while it works: "in service", "in operation", "in use". */
const WORKING_STATES: ReadonlySet<string> = new Set(['service', 'operation', 'use']);

/**
 * "had been in service for 16 years": years a thing has worked are its age,
 * as in "an 11-year-old aircraft". The figure starts at token first.
 */
export function ageInService(tokens: Token[], first: number): boolean {
  const state = tokens[first - 2];
  return isWord(tokens[first - 1], 'for') && state?.kind === 'word' && WORKING_STATES.has(state.lower)
    && isWord(tokens[first - 3], 'in');
}
