import type { Token } from '../types';
import { isHyphen, isWord, touchesPrevious } from '../tokens/token-helpers';
import { SCALE_WORDS, SMALL_NUMBERS, TENS } from '../tables/number-words';
import { exactAmount, type Amount } from './amount';

type Step = 'start' | 'small' | 'ten' | 'hundred' | 'scale';

const isScaleWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && (SCALE_WORDS[t.lower] !== undefined || t.lower === 'dozen');

/** "a hundred", "a dozen", "half a million", "half a dozen": the article or "half" leads a scale word. */
function readLead(tokens: Token[], i: number): { factor: number; next: number } | undefined {
  if (isWord(tokens[i], 'a', 'an') && isScaleWord(tokens[i + 1])) return { factor: 1, next: i + 1 };
  if (isWord(tokens[i], 'half') && isWord(tokens[i + 1], 'a') && isScaleWord(tokens[i + 2])) {
    return { factor: 0.5, next: i + 2 };
  }
  return undefined;
}

/**
 * Cardinal words: "six", "twenty-five", "two hundred and fifty",
 * "three million", "a dozen", "half a million". Each step may only follow
 * the steps English allows, so "two three" reads as "two".
 */
export function readNumberWords(tokens: Token[], i: number): Amount | undefined {
  const lead = readLead(tokens, i);
  let j = lead ? lead.next : i;
  let total = 0;
  let current = lead ? lead.factor : 0;
  let step: Step = lead ? 'small' : 'start';
  let end = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const small = SMALL_NUMBERS[t.lower];
    const ten = TENS[t.lower];
    if (small !== undefined && (step === 'start' || step === 'ten' || step === 'hundred' || step === 'scale')) {
      current += small;
      step = 'small';
    } else if (ten !== undefined && (step === 'start' || step === 'hundred' || step === 'scale')) {
      current += ten;
      step = 'ten';
    } else if (t.lower === 'hundred' && (step === 'small' || step === 'ten') && current < 100) {
      current *= 100;
      step = 'hundred';
    } else if (t.lower === 'dozen' && step === 'small') {
      current *= 12;
      step = 'scale';
    } else if (SCALE_WORDS[t.lower] !== undefined && t.lower !== 'hundred' && step !== 'start' && step !== 'scale') {
      total += current * SCALE_WORDS[t.lower];
      current = 0;
      step = 'scale';
    } else if (t.lower === 'and' && (step === 'hundred' || step === 'scale') && isNumberWord(tokens[j + 1])) {
      j++;
      continue;
    } else {
      break;
    }
    end = j + 1;
    // "twenty-five": a glued hyphen followed by a unit word continues the number.
    if (step === 'ten' && isHyphen(tokens[j + 1]) && touchesPrevious(tokens, j + 1) && touchesPrevious(tokens, j + 2)
      && SMALL_NUMBERS[tokens[j + 2]?.lower ?? ''] !== undefined && SMALL_NUMBERS[tokens[j + 2].lower] < 10) {
      j += 2;
      continue;
    }
    j++;
  }
  if (end === i) return undefined;
  return exactAmount(i, end, total + current, 'words');
}

function isNumberWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (SMALL_NUMBERS[t.lower] !== undefined || TENS[t.lower] !== undefined);
}
