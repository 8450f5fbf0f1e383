/** Reads the shape of a token around a candidate boundary. */
import { stripClosers, stripOpeners } from './characters';

export type TerminalKind = 'period' | 'ellipsis' | 'bang' | 'none';

/** How a token ends once closing quotes and brackets are set aside. */
export function terminalKind(token: string): TerminalKind {
  const core = stripClosers(token);
  const last = core[core.length - 1];
  if (last === '…') return 'ellipsis';
  if (last === '!' || last === '?' || last === '‽') return 'bang';
  if (last !== '.') return 'none';
  return core.endsWith('...') ? 'ellipsis' : 'period';
}

/** The word in front of a final period: `("Gen.` -> `Gen`, `U.S.` -> `U.S`. */
export function wordBeforePeriod(token: string): string {
  const core = stripClosers(token);
  return stripOpeners(core.endsWith('.') ? core.slice(0, -1) : core);
}

/** The bare word of a following token: `"The` -> `The`, `Smith,` -> `Smith`. */
export function bareWord(token: string): string {
  const word = stripOpeners(token);
  let end = word.length;
  while (end > 0 && ',;:.!?"\'”’)]'.includes(word[end - 1] as string)) end--;
  return word.slice(0, end);
}

// Single letters joined by dots: "U.S", "e.g", "a.m". Fixed alternation, linear.
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** True for dotted acronyms like U.S, E.U, a.m (final period already removed). */
export function isDottedAcronym(word: string): boolean {
  return word.length <= 12 && DOTTED.test(word);
}

/** True when the token is one or more bare dots (a piece of a spaced ellipsis ". . ."). */
export function isDots(token: string): boolean {
  if (token.length === 0 || token.length > 8) return false;
  for (const ch of token) if (ch !== '.' && ch !== '…') return false;
  return true;
}
