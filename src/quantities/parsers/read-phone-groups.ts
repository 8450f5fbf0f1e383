import type { Token } from '../types';
import { isHyphen, isPunct, touchesPrevious } from '../tokens/token-helpers';

/*
 * Phone numbers written as digit groups: "(555) 014-2290", "014-2290",
 * "8 800 080 4545". Amounts never start with a zero, never sit in brackets
 * before more digits, and are never grouped by spaces other than in threes.
 */

const PLAIN_DIGITS = /^\d+$/;

/** True when token k is a digit group one space or a glued hyphen after the group before it. */
function continuesGroups(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'num' || !PLAIN_DIGITS.test(t.text)) return false;
  return t.start === tokens[k - 1].end + 1;
}

/** Index after the digit groups from token j, joined by single spaces or glued hyphens. */
function groupsEnd(tokens: Token[], j: number): number {
  let k = j + 1;
  for (;;) {
    if (continuesGroups(tokens, k)) k++;
    else if (isHyphen(tokens[k]) && touchesPrevious(tokens, k) && tokens[k + 1]?.kind === 'num'
      && PLAIN_DIGITS.test(tokens[k + 1].text) && touchesPrevious(tokens, k + 1)) k += 2;
    else return k;
  }
}

/** "(555) 014-2290": an area code in brackets before more digits. */
function readBracketedAreaCode(tokens: Token[], i: number): number | undefined {
  if (!isPunct(tokens[i], '(') || !/^\d{2,5}$/.test(tokens[i + 1]?.text ?? '') || tokens[i + 1].kind !== 'num'
    || !isPunct(tokens[i + 2], ')') || tokens[i + 3]?.kind !== 'num' || !PLAIN_DIGITS.test(tokens[i + 3].text)) return undefined;
  return groupsEnd(tokens, i + 3);
}

/** "014-2290": a group with a leading zero glued by a hyphen to more digits (no range starts at "014"). */
function readLeadingZeroGroups(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^0\d+$/.test(t.text) || !isHyphen(tokens[i + 1]) || !touchesPrevious(tokens, i + 1)) return undefined;
  const end = groupsEnd(tokens, i);
  return end > i + 1 ? end : undefined;
}

/** "8 800 080 4545": three or more spaced digit groups that are no thousands grouping ("1 000 000"). */
function readSpacedGroups(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'num' || !PLAIN_DIGITS.test(t.text)) return undefined;
  let k = i + 1;
  let thousands = t.text.length <= 3;
  while (continuesGroups(tokens, k)) {
    if (tokens[k].text.length !== 3) thousands = false;
    k++;
  }
  return k - i >= 3 && !thousands ? k : undefined;
}

/** End of a phone number written in digit groups starting at token i. */
export function readPhoneGroups(tokens: Token[], i: number): number | undefined {
  return readBracketedAreaCode(tokens, i) ?? readLeadingZeroGroups(tokens, i) ?? readSpacedGroups(tokens, i);
}
