import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';

/** Auxiliaries between a bare figure and its casualty participle: "300 were injured", "12 have been killed", "20 remain missing". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'reportedly', 'also', 'still', 'remain', 'remained',
  'remains', 'left',
]);
const MAX_AUXILIARIES = 3;

/** Casualty and rescue words after a figure and what they make it count. */
const CASUALTY_AFTER: ReadonlyMap<string, string> = new Map([
  ['killed', 'death'], ['died', 'death'], ['dead', 'death'], ['drowned', 'death'], ['perished', 'death'],
  ['injured', 'injury'], ['wounded', 'injury'], ['hurt', 'injury'],
  // Not casualties in the strict sense, but what a bare figure before them counts all the same.
  ['missing', 'missing'], ['unaccounted', 'missing'], ['trapped', 'trapped'], ['stranded', 'trapped'], ['displaced', 'displaced'], ['homeless', 'displaced'],
  ['evacuated', 'refugee'], ['rescued', 'survivor'], ['survived', 'survivor'],
  ['hospitalised', 'injury'], ['hospitalized', 'injury'],
]);

/** Verbs that take the hurt to hospital ("were taken to hospital", "were rushed to two hospitals"). */
const TO_HOSPITAL_VERBS: ReadonlySet<string> = new Set(['taken', 'rushed', 'airlifted', 'flown', 'admitted', 'brought']);
const HOSPITAL_WORDS: ReadonlySet<string> = new Set(['hospital', 'hospitals']);
/** What "treated for ..." names when the treated were hurt ("treated for injuries", "treated for burns"). */
const HARM_WORDS: ReadonlySet<string> = new Set(['injuries', 'injury', 'burns', 'wounds', 'cuts', 'fractures', 'trauma', 'shock']);
/** Words a hospital's name may put between "to" and "hospital" ("to a nearby hospital"). */
const MAX_HOSPITAL_GAP = 3;

/** "taken to hospital", "admitted to a nearby hospital", "treated for injuries", "treated in hospital": the injured. */
function hospitalPhrase(tokens: Token[], k: number): string | undefined {
  const verb = tokens[k];
  if (verb?.kind !== 'word') return undefined;
  const treated = verb.lower === 'treated';
  if (!treated && !TO_HOSPITAL_VERBS.has(verb.lower)) return undefined;
  const prep = tokens[k + 1];
  if (treated && isWord(prep, 'for')) return HARM_WORDS.has(tokens[k + 2]?.lower ?? '') ? 'injury' : undefined;
  if (!(treated ? isWord(prep, 'in', 'at') : isWord(prep, 'to', 'at'))) return undefined;
  for (let j = k + 2; j <= k + 1 + MAX_HOSPITAL_GAP && tokens[j]?.kind === 'word'; j++) {
    if (HOSPITAL_WORDS.has(tokens[j].lower)) return 'injury';
  }
  return undefined;
}

/**
 * What a bare figure (tokens first..end) counts by the casualty word after
 * it: "more than 300 were injured" (injury), "12 died" (death). Asked only
 * when no noun follows the figure: "300 people were injured" counts people.
 * "No one was hurt" counts nobody.
 */
export function casualtyAfter(tokens: Token[], first: number, end: number): string | undefined {
  if (isWord(tokens[first - 1], 'no')) return undefined;
  let k = end;
  for (let n = 0; n < MAX_AUXILIARIES && tokens[k]?.kind === 'word' && AUXILIARIES.has(tokens[k].lower); n++) k++;
  const word = tokens[k];
  return word?.kind === 'word' ? CASUALTY_AFTER.get(word.lower) ?? hospitalPhrase(tokens, k) : undefined;
}

