import type { Token } from './types';
import { DETERMINER, REPORTING_FORM, SUBORDINATOR, hasTrait } from './token-traits';
import { isAuxiliary, isFiniteVerb } from './verb-forms';
import { INTRO_WORDS, PREPOSITIONS } from './word-lists';

/** Token range [from, to) of a clause's subject, and the index of its verb. */
export interface LeadingSubject {
  from: number;
  to: number;
  verb: number;
}

/** Longest speaker we accept, in words: longer runs are rarely one noun phrase. */
const MAX_SUBJECT_WORDS = 14;
/** Words that may open a clause without being part of its subject. */
const OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'also', 'meanwhile', 'however', 'still', 'now', 'then', 'separately']);

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Lower-case only: "WHO" the agency is no relative pronoun. */
function isRelative(t: Token): boolean {
  return RELATIVES.has(t.text);
}

/** Words a time phrase is made of ("Late Thursday", "A few days ago", "Early on 3 May"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'late', 'early', 'a', 'few', 'several', 'ago', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'last', 'this',
  'next', 'on', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'hours', 'later', 'earlier', 'two', 'three',
]);

/** Adverbs that may sit between a subject and its verb ("the ministry meanwhile said"); not part of the speaker. */
const MID_ADVERBS = /^(?:[a-z]+ly|also|earlier|later|meanwhile|however|already|separately|now|then|again|previously|recently|had|has|have)$/;

/** A relative clause set off by commas ("The minister, who spoke ..., said") is an aside. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

/** A comma-separated chunk that introduces the clause rather than naming its subject ("On Tuesday", "Speaking in Nairobi"). */
function isIntroChunk(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word') return true;
  if (INTRO_WORDS.has(first.lower) || isRelative(first) || isParticiple(first)) return true;
  for (let k = from; k < to; k++) if (!(/^\d/.test(tokens[k].text) || TIME_WORDS.has(tokens[k].lower))) return false;
  return true;
}

/** Words that open an adverbial chunk whose verbs are not the main verb ("After the city fell, ..."). */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'when', 'while', 'although', 'though', 'if', 'because', 'once', 'unless', 'whereas']);

/** Names and nouns that end in -ing but open no participle phrase. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['beijing', 'king', 'ring', 'sterling', 'spring', 'string', 'thing', 'nothing', 'something', 'everything', 'anything', 'viking', 'nanjing', 'kunming', 'during']);

/** "Speaking", "opening", "citing": an -ing word that opens a participle phrase. */
function isParticiple(t: Token): boolean {
  return /^[A-Za-z]+ing$/.test(t.text) && !NOT_PARTICIPLES.has(t.lower);
}

function opensAdverbialChunk(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return ADVERBIAL_OPENERS.has(t.lower) || isRelative(t) || isParticiple(t);
}

/** Index of the first finite verb of the clause, or -1 when quoted or subordinate material comes first. */
function firstVerb(tokens: readonly Token[], guarded: readonly boolean[]): number {
  let adverbial = opensAdverbialChunk(tokens[0]) && !(tokens[0] && isRelative(tokens[0]));
  for (let k = 0; k < tokens.length; k++) {
    if (guarded[k]) return -1;
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.kind === 'punct') {
      if (t.text === ',') adverbial = opensAdverbialChunk(tokens[k + 1]);
      continue;
    }
    if (adverbial || k === 0) continue;
    // List lookups through trait bits (one per word, see `word-roles`): this runs at nearly every word of a speaker clause.
    // The lists are lower case, so "in SUBORDINATORS as written" is "on the list, and written in lower case".
    if (hasTrait(t, SUBORDINATOR) && t.text === t.lower && t.text !== 'that') return -1;
    // "this is", "that was": a demonstrative before an auxiliary is the subject, not a determiner.
    if (prev && hasTrait(prev, DETERMINER) && !(DEMONSTRATIVES.has(prev.lower) && isAuxiliary(t))) continue;
    if (hasTrait(t, REPORTING_FORM) && t.text === t.lower) return k;
    if (isFiniteVerb(tokens, k, 'strict')) return reportingAfterAuxiliary(tokens, k) ?? k;
  }
  return -1;
}

/** How far after an auxiliary its verb may come ("has also said", "had earlier told"). */
const AUXILIARY_REACH = 3;

/** The auxiliaries of the perfect: "has said" reports speech, "should ask" (a modal) does not. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * The reporting verb a perfect auxiliary at k goes with: "has said", "had
 * earlier told", "have claimed". Not through "been": "has been told" reports
 * no speech of the subject's.
 */
function reportingAfterAuxiliary(tokens: readonly Token[], k: number): number | undefined {
  if (!PERFECT_AUXILIARIES.has(tokens[k].lower)) return undefined;
  for (let j = k + 1; j <= k + AUXILIARY_REACH && j < tokens.length; j++) {
    const t = tokens[j];
    if (hasTrait(t, REPORTING_FORM) && t.text === t.lower) return j;
    if (t.lower === 'been' || !MID_ADVERBS.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * The subject noun phrase that opens a clause, apposition included
 * ("Sam Okafor, the council's spokesman"), introductory chunks left out.
 */
export function findLeadingSubject(tokens: readonly Token[], guarded: readonly boolean[]): LeadingSubject | null {
  const verb = firstVerb(tokens, guarded);
  if (verb <= 0) return null;
  let end = verb;
  // "has said", "had earlier told": the auxiliary and adverbs belong to the verb.
  while (end > 0 && (isAuxiliary(tokens[end - 1]) || MID_ADVERBS.test(tokens[end - 1].text))) end--;
  // The comma-free chunks before the verb, read right to left in place: at most three of them make the subject.
  let from = -1;
  let to = -1;
  let found = 0;
  let chunkEnd = end;
  for (let k = end - 1; k >= -1 && found < 3; k--) {
    if (k >= 0 && !(tokens[k].kind === 'punct' && tokens[k].text === ',')) continue;
    let chunkFrom = k + 1;
    const chunkTo = chunkEnd;
    chunkEnd = k;
    if (chunkTo <= chunkFrom) continue; // two commas in a row: no chunk between
    while (chunkFrom < chunkTo && OPENERS.has(tokens[chunkFrom].lower)) chunkFrom++;
    if (chunkFrom >= chunkTo) break;
    if (isIntroChunk(tokens, chunkFrom, chunkTo)) {
      if (found > 0) break;
      continue; // "Roe, speaking in Nairobi, said": skip the aside, keep looking left.
    }
    if (found === 0) to = chunkTo;
    from = chunkFrom;
    found++;
  }
  if (found === 0) return null;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'word') words++;
    else if (!/^[,.'’&-]$/.test(t.text)) return null;
  }
  if (words === 0 || words > MAX_SUBJECT_WORDS || PREPOSITIONS.has(tokens[from].lower)) return null;
  return { from, to, verb };
}
