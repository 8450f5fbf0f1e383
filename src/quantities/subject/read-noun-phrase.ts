import type { Token } from '../types';
import { ING_NOUNS, NOUN_PHRASE_STOPS, VERBS_AFTER_HEAD } from '../tables/noun-phrase-stops';
import { isApostrophe, isCapitalized, isHyphen, isWord, touchesPrevious } from '../tokens/token-helpers';
import { canonicalSubject, isAdjectivalCategoryWord, knownCategory, knownPhraseCategory } from './categorize';
import { looksPlural } from './singularize';
import { isModelCode } from '../tokens/model-code';

/** One word of the phrase; hyphenated compounds ("Russian-led") are one modifier. */
interface PhraseWord {
  lower: string;
  capitalized: boolean;
  compound: boolean;
  /** Token index just after this word. */
  end: number;
}

export interface NounPhraseHead {
  subject: string;
  /** True when the category table knows the head. */
  known: boolean;
  /** Token index just after the head. */
  end: number;
}

const MAX_WORDS = 5;

/** The words of a noun phrase starting at token k, up to a function word or punctuation. */
function collectWords(tokens: Token[], k: number): PhraseWord[] {
  let words: PhraseWord[] = [];
  let j = k;
  while (words.length < MAX_WORDS && tokens[j] !== undefined) {
    const t = tokens[j];
    // "six Kranmax KX 420 cranes": a model number is part of the name, not the end of the phrase.
    if (t.kind === 'num' && isModelCode(tokens, j - 1)) {
      j++;
      continue;
    }
    if (t.kind !== 'word') break;
    if (isHyphen(tokens[j + 1]) && touchesPrevious(tokens, j + 1) && tokens[j + 2]?.kind === 'word' && touchesPrevious(tokens, j + 2)) {
      words.push({ lower: `${t.lower}-${tokens[j + 2].lower}`, capitalized: isCapitalized(t), compound: true, end: j + 3 });
      j += 3;
      continue;
    }
    if (NOUN_PHRASE_STOPS.has(t.lower)) break;
    if (t.lower.endsWith('ing') && !ING_NOUNS.has(t.lower)) break;
    // A participle after the first word ends the phrase: "houses destroyed", "troops stationed".
    if (words.length > 0 && t.lower.endsWith('ed') && knownCategory(t.lower) === undefined) break;
    if (words.length > 0 && VERBS_AFTER_HEAD.has(t.lower)) break;
    // So does a verb with its object after it: "of the electorate [cast a ballot]" (not a
    // counted noun before a time: "500 riot police the next day").
    if (words.length > 0 && isObjectDeterminer(tokens[j + 1]) && knownCategory(t.lower) === undefined) break;
    words.push({ lower: t.lower, capitalized: isCapitalized(t), compound: false, end: j + 1 });
    j++;
    // "Afghanistan's territory": the possessor is not the head, start again after it.
    if (isApostrophe(tokens[j]) && isWord(tokens[j + 1], 's') && touchesPrevious(tokens, j)) {
      words = [];
      j += 2;
    }
  }
  return words;
}

/** Words that open a verb's object: a noun phrase's word is not followed by one ("cast a ballot", "won the seat"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'our', 'this', 'these', 'those']);

function isObjectDeterminer(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && OBJECT_DETERMINERS.has(t.lower);
}

/** The first word the category table knows, preferring two-word entries and nouns over participles. */
function findKnownHead(words: PhraseWord[]): NounPhraseHead | undefined {
  for (let idx = 0; idx < words.length; idx++) {
    const word = words[idx];
    const next = words[idx + 1];
    const phrase = next && knownPhraseCategory(word.lower, next.lower);
    if (phrase) return { subject: phrase, known: true, end: next.end };
    const category = word.compound ? undefined : knownCategory(word.lower);
    if (category === undefined) continue;
    // "wounded soldiers": the participle describes the noun after it.
    if (isAdjectivalCategoryWord(word.lower) && next && (knownCategory(next.lower) || looksPlural(next.lower))) continue;
    return { subject: category, known: true, end: word.end };
  }
  return undefined;
}

/**
 * The head of a noun phrase after a number. The table is tried first; else
 * the first plural noun (what a number above one counts is plural; a
 * capitalized plural is a people name, "Afghans" -> person); else the last word.
 */
export function readNounPhrase(tokens: Token[], k: number): NounPhraseHead | undefined {
  const words = collectWords(tokens, k);
  if (words.length === 0) return undefined;
  const known = findKnownHead(words);
  if (known) return known;
  const plural = words.find((w) => !w.compound && looksPlural(w.lower));
  if (plural) {
    return { subject: plural.capitalized ? 'person' : canonicalSubject(plural.lower), known: plural.capitalized, end: plural.end };
  }
  const last = words[words.length - 1];
  return { subject: canonicalSubject(last.lower), known: false, end: last.end };
}
