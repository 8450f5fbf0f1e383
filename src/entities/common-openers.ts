import { isRoleHeadPluralToken, isRoleModifierToken, isRoleToken } from './lexicon-tokens';
import { isTight, type NameRun } from './name-runs';
import { isCommonOpener, isPluralNounShape } from './opener-shapes';
import { trimConnectors } from './split-run';
import type { TokenTable } from './token-table';
import { WordShapes } from './word-shapes';

/*
 * Sentence openers that only look like names: a sentence's first word is
 * capitalised whatever it is, so "Governance", "Rescuers", "Speaking" or
 * "Former" opening a sentence must be told from "Kabul" or "Reuters" there.
 */

/** The filter of a text's sentence openers, reused from text to text (extraction calls nothing that extracts again). */
const openerShapes = new WordShapes();

const LOWER_START = /^\p{Ll}/u;

/** A participle or adverb shape: "Speaking in ...", "Elaborating on ...", "Reportedly, ...". */
const VERBAL_ENDING = /(?:ing|ed|ly)$/;
/**
 * An abstract noun's shape, on a stem of five letters or more: "Governance",
 * "Corruption", "Leadership". Names of that shape are few ("Constance",
 * "Providence"), and "France" or "Florence" have shorter stems.
 */
const ABSTRACT_ENDING = /^\p{L}{5,}(?:ance|ence|ment|ness|ship|tion|sion|ity|ism)$/u;

/** Whether a token starts with a lower-case letter; ASCII answered without cutting the word out or a regular expression (this runs for many words). */
function startsLower(tokens: TokenTable, i: number): boolean {
  const c = tokens.firstCode(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(tokens.text(i));
}

/** Sentence openers that are common words: any run's first word, or only a one-word run's. */
export interface CommonOpeners {
  words: Set<string>;
  /** Abstract nouns: "Governance may ..." is no name, but "Security Council ..." is one. */
  alone: Set<string>;
  /** Adjectives and plural nouns, no name when a lower-case word follows: "Annual inflation", "Rescuers pulled". */
  beforeLower: Set<string>;
}

/**
 * Sentence openers of the text that are common words, not names: those found
 * lower-case elsewhere, and those of participle, adverb or abstract noun shape
 * that are never capitalised mid-sentence (a name such as "Beijing" is,
 * somewhere). Only openers that can start a name run are asked about
 * (capitalised, not stop words), so other words are not collected: "The",
 * "He", "In" would otherwise let most words of the text through the filter.
 */
export function lowerCaseWords(tokens: TokenTable): CommonOpeners {
  const openerWords = new Set<string>();
  const filter = openerShapes;
  filter.clear();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!isNameOpener(tokens, i)) continue;
    openerWords.add(tokens.lower(i));
    filter.add(tokens.lower(i));
  }
  const set = new Set<string>();
  const midCapitalised = new Set<string>();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!filter.mayHoldToken(tokens, i) || !openerWords.has(tokens.lower(i))) continue;
    if (startsLower(tokens, i)) set.add(tokens.lower(i));
    else if (!tokens.sentenceStart(i)) midCapitalised.add(tokens.lower(i));
  }
  // The openers again, by their flags: cheaper than keeping a list of them.
  const alone = new Set<string>();
  const beforeLower = new Set<string>();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!isNameOpener(tokens, i)) continue;
    const lower = tokens.lower(i);
    // Before the test below: "Central bank ..." is no name though "Central Asia" is capitalised elsewhere.
    if (isCommonOpener(lower)) beforeLower.add(lower);
    if (lower.length <= 4 || midCapitalised.has(lower)) continue;
    if (VERBAL_ENDING.test(lower)) set.add(lower);
    else if (ABSTRACT_ENDING.test(lower)) alone.add(lower);
    else if (isPluralNounShape(lower)) beforeLower.add(lower);
  }
  return { words: set, alone, beforeLower };
}

/** A sentence's first word that can start a name run. */
function isNameOpener(tokens: TokenTable, i: number): boolean {
  return tokens.sentenceStart(i) && tokens.capitalised(i);
}

/** Drops a sentence's first word when it is a common word that only looks like a name ("Security forces ..."). */
export function dropCommonFirstWord(tokens: TokenTable, run: NameRun, common: CommonOpeners): NameRun | null {
  const first = run.first;
  if (isLoneCommonOpener(tokens, run, common) || isLoneCompassAdjective(tokens, run)) return null;
  if (first < run.last && endsLikeGroupPlural(tokens, first)) return trimConnectors(tokens, { first: first + 1, last: run.last });
  if (!tokens.sentenceStart(first) || isRoleToken(tokens, first)) return run;
  if (run.last === first && common.alone.has(tokens.lower(first))) return null;
  if (!common.words.has(tokens.lower(first))) return run;
  return run.first < run.last ? trimConnectors(tokens, { first: run.first + 1, last: run.last }) : null;
}

/**
 * A one-word run opening a sentence, followed by a lower-case word, that is a
 * role modifier, a role head's plural or a common opener of the text:
 * "Former president ...", "Security forces ...", "Officials said ...",
 * "Annual inflation ...", "Rescuers pulled ...". Only the sentence
 * capitalised it, so it is no name (a role before a name is taken up by
 * roleBefore instead). Role heads themselves are left alone: "King",
 * "Marshall" and "Bishop" are surnames too.
 */
function isLoneCommonOpener(tokens: TokenTable, run: NameRun, common: CommonOpeners): boolean {
  const at = run.first;
  if (run.last !== at || !tokens.sentenceStart(at) || !lowerWordFollows(tokens, at)) return false;
  return isRoleModifierToken(tokens, at) || isRoleHeadPluralToken(tokens, at) || common.beforeLower.has(tokens.lower(at));
}

/** Whether a lower-case word of the same sentence follows word i closely. */
function lowerWordFollows(tokens: TokenTable, i: number): boolean {
  return tokens.has(i + 1) && !tokens.sentenceStart(i + 1) && startsLower(tokens, i + 1) && isTight(tokens, i + 1);
}

/** "Western", "Eastern", "Northern", "Southern": lengths and first letters, so most runs are ruled out without their lower case. */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern']);
const COMPASS_FIRST = /^[WENS]/;

/**
 * A compass adjective standing alone, wherever it stands: "the
 * Western-backed government", "Western diplomats". It names no one; with a
 * name after it, it is part of that name ("Northern Ireland").
 */
function isLoneCompassAdjective(tokens: TokenTable, run: NameRun): boolean {
  const at = run.first;
  if (run.last !== at) return false;
  const start = tokens.nameStart(at);
  const length = tokens.nameEnd(at) - start;
  if (length !== 7 && length !== 8) return false;
  const name = tokens.source.slice(start, start + length);
  return COMPASS_FIRST.test(name) && COMPASS_ADJECTIVES.has(name.toLowerCase());
}

/**
 * Whether word i ends like a plural noun for a group of people, "-ists" or
 * "-ysts", glued before a name in scraped headlines ("radical Islamists
 * Taliban ..."). Organisations use the singular there ("Socialist Party"),
 * so the word is no part of the name after it. Read in place: asked of the
 * first word of every longer run.
 */
function endsLikeGroupPlural(tokens: TokenTable, i: number): boolean {
  const end = tokens.nameEnd(i);
  if (end - tokens.nameStart(i) < 6) return false;
  const text = tokens.source;
  // "ists" or "ysts", as written: the tail of a capitalised word is lower case.
  return (
    text.charCodeAt(end - 1) === 115 &&
    text.charCodeAt(end - 2) === 116 &&
    text.charCodeAt(end - 3) === 115 &&
    (text.charCodeAt(end - 4) === 105 || text.charCodeAt(end - 4) === 121)
  );
}
