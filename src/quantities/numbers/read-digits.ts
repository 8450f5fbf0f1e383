import type { Token } from '../types';
import { numberValue, touchesPrevious } from '../tokens/token-helpers';
import { SCALE_ABBREVIATIONS, SCALE_WORDS, SPACED_SCALE_ABBREVIATIONS } from '../tables/number-words';
import { tidy } from './tidy';
import { exactAmount, type Amount } from './amount';

/** Scale after digits: a word ("3 million"), or an abbreviation glued on ("1.2m", "2bn"). */
function readScale(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  if (SCALE_WORDS[t.lower] !== undefined) return SCALE_WORDS[t.lower];
  const abbreviation = SCALE_ABBREVIATIONS[t.lower];
  if (abbreviation === undefined) return undefined;
  // A glued abbreviation must end the word: "1.2m" yes, "5mph" is not a million.
  if (touchesPrevious(tokens, i) || SPACED_SCALE_ABBREVIATIONS.has(t.lower)) return abbreviation;
  return undefined;
}

/** A group of a number written with spaces for thousands: three digits one space after the token before. */
function isSpacedGroup(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'num' && t.text.length === 3 && t.start === tokens[k - 1].end + 1 && THREE_DIGITS.test(t.text);
}

const THREE_DIGITS = /^\d{3}$/;
const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;

/**
 * Index after the digit groups of "1 000 000" or "150 000" (thousands set
 * apart by spaces, as in much of Europe and Africa), or i + 1. One group is
 * taken only when it starts with a zero, which no number of its own does:
 * "of the 12 300 were freed" may be two numbers, "150 000" is one.
 */
function spacedGroupsEnd(tokens: Token[], i: number): number {
  // Most numbers have no group after them: asked first, before the lead's digits are read.
  if (!isSpacedGroup(tokens, i + 1) || !ONE_TO_THREE_DIGITS.test(tokens[i].text)) return i + 1;
  let k = i + 1;
  while (isSpacedGroup(tokens, k)) k++;
  const groups = k - i - 1;
  return groups >= 2 || (groups === 1 && tokens[i + 1].text.charCodeAt(0) === 48) ? k : i + 1;
}

/** The value of digit groups from i to end: the tokens' digits joined. */
function groupsValue(tokens: Token[], i: number, end: number): number {
  let written = '';
  for (let k = i; k < end; k++) written += tokens[k].text;
  return Number(written);
}

/** "1,250", "3.5", "1 000 000", "3 million", "1.2m", "2bn". */
export function readDigits(tokens: Token[], i: number): Amount | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num') return undefined;
  const end = spacedGroupsEnd(tokens, i);
  const base = end === i + 1 ? numberValue(t) : groupsValue(tokens, i, end);
  if (!Number.isFinite(base)) return undefined;
  const scale = readScale(tokens, end);
  if (scale === undefined) return exactAmount(i, end, base, 'digits');
  return exactAmount(i, end + 1, tidy(base * scale), 'digits', scale);
}
