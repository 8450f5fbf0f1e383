import type { Token } from './types';
import { traitsOf } from './token-traits';

/** The traits of all the tokens, or-ed: which word lists the text touches at all. */
export function rolesIn(tokens: readonly Token[]): number {
  let traits = 0;
  for (let k = 0; k < tokens.length; k++) traits |= traitsOf(tokens[k]);
  return traits;
}
