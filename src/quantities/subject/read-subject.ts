import type { Token } from '../types';
import { OF_DETERMINERS } from '../tables/noun-phrase-stops';
import { readAmount } from '../numbers/read-amount';
import { isHyphen, isPunct, isWord, touchesPrevious } from '../tokens/token-helpers';
import { isPeopleSubject } from './categorize';
import { readNounPhrase, type NounPhraseHead } from './read-noun-phrase';

/** Index after a number embedded in an "of" phrase, with its glued hyphen words ("the 1,250-kilometer border"). */
function skipEmbeddedAmount(tokens: Token[], k: number): number {
  const amount = readAmount(tokens, k);
  if (amount === undefined) return k;
  let j = amount.endToken;
  while (isHyphen(tokens[j]) && touchesPrevious(tokens, j) && tokens[j + 1]?.kind === 'word' && touchesPrevious(tokens, j + 1)) {
    j += 2;
  }
  return j;
}

/** "of the border", "of its troops", "of Afghanistan's territory": the head after "of". */
function readOfPhrase(tokens: Token[], j: number): NounPhraseHead | undefined {
  if (!isWord(tokens[j], 'of')) return undefined;
  let k = j + 1;
  for (let n = 0; n < 2 && tokens[k]?.kind === 'word' && OF_DETERMINERS.has(tokens[k].lower); n++) k++;
  return readNounPhrase(tokens, skipEmbeddedAmount(tokens, k));
}

/** "civilians and servicemen": further people categories joined to the head by "and", "or" or commas. */
function readCoordinated(tokens: Token[], head: NounPhraseHead): string {
  const parts = new Set([head.subject]);
  let end = head.end;
  for (let n = 0; n < 3; n++) {
    // Only "and"/"or" coordinate: a bare comma often leads an aside ("..., particularly women").
    let k = end;
    if (isPunct(tokens[k], ',')) k++;
    if (!isWord(tokens[k], 'and', 'or')) break;
    k++;
    const next = readNounPhrase(tokens, k);
    if (!next || !next.known || !isPeopleSubject(next.subject)) break;
    parts.add(next.subject);
    end = next.end;
  }
  return [...parts].sort().join('+');
}

/**
 * The canonical subject of a quantity whose amount ends at token j.
 * `direct` allows the noun right after the number; "of" is always allowed.
 */
export function readSubject(tokens: Token[], j: number, direct: boolean): string | undefined {
  const head = readOfPhrase(tokens, j) ?? (direct ? readNounPhrase(tokens, j) : undefined);
  if (!head) return undefined;
  return head.known && isPeopleSubject(head.subject) ? readCoordinated(tokens, head) : head.subject;
}
