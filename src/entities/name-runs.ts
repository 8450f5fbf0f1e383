import { ORGANIZATION_WORDS, PLACE_WORDS } from './lexicon/kind-cues';
import { FIRST_NAMES } from './lexicon/first-names';
import { isAbbreviation } from './abbreviation';
import { isConnectorToken } from './lexicon-tokens';
import type { TokenTable } from './token-table';

/** Words that head names built with "of" (Ministry of Defense, Republic of Korea, Gulf of Aden). */
const CONNECTABLE_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...PLACE_WORDS, 'gulf', 'bay', 'sea', 'kingdom', 'isle', 'cape', 'lake', 'mount', 'strait', 'house']);

/** Indices [first, last] (inclusive) of a run of name tokens in the token list. */
export interface NameRun {
  first: number;
  last: number;
}

const DOT_THEN_SPACES = /^\.[ \t\u00a0\u202f]{0,2}$/;

/** Whether word i follows word i - 1 closely enough to continue one name. */
export function isTight(tokens: TokenTable, i: number): boolean {
  if (tokens.spaceGapBefore(i)) return true;
  if (!DOT_THEN_SPACES.test(tokens.gapBefore(i))) return false;
  // "Gen. Smith", "John F. Kennedy": the dot belongs to an abbreviation.
  return isAbbreviation(tokens, i - 1);
}

function canContinue(tokens: TokenTable, i: number): boolean {
  return i > 0 && i < tokens.count && !tokens.closesRun(i - 1) && isTight(tokens, i) && !tokens.sentenceStart(i);
}

/** Length of a connector ("of", "of the", "bin") at i that links two capitalised words, else 0. */
function connectorLength(tokens: TokenTable, i: number): number {
  if (!tokens.has(i) || !isConnectorToken(tokens, i)) return 0;
  const withThe = tokens.text(i) === 'of' && tokens.has(i + 1) && tokens.text(i + 1) === 'the' ? 2 : 1;
  const after = i + withThe;
  for (let k = i; k <= i + withThe; k += 1) if (!canContinue(tokens, k)) return 0;
  return tokens.has(after) && tokens.capitalised(after) ? withThe : 0;
}

/** How many capitalised words after "of" are read for a head word ("... of the Nordic Policy Institute"). */
const HEAD_LOOKAHEAD = 5;

/**
 * Whether "of" after words first..last links a person to where they work
 * rather than one name's parts: "Dana Weiss of Reuters", "Peter Lindqvist of
 * the Nordic Policy Institute". The words before read as a person's name (two
 * or more, none heading an organisation or place, as "Central Bank of
 * Nigeria" does) and either hold a given name before the last word or the
 * name after "of" holds an organisation or place head. One word before "of"
 * stays linked: "Catherine of Aragon", "Bank of England".
 */
function isPersonBeforeOf(tokens: TokenTable, first: number, last: number, after: number): boolean {
  if (last === first || tokens.lower(last + 1) !== 'of') return false;
  let givenName = false;
  for (let k = first; k <= last; k += 1) {
    if (CONNECTABLE_HEADS.has(tokens.lower(k))) return false;
    if (k < last && FIRST_NAMES.has(tokens.lower(k))) givenName = true;
  }
  return givenName || headFollows(tokens, after);
}

/**
 * Whether the capitalised words from `from` on (a few, tight) hold an
 * organisation or place head, or are followed by one in lower case: "of the
 * Unity party", "of the Green movement" name the organisation before its
 * common noun.
 */
function headFollows(tokens: TokenTable, from: number): boolean {
  let k = from;
  for (; k < from + HEAD_LOOKAHEAD && tokens.has(k) && tokens.capitalised(k); k += 1) {
    if (k > from && !canContinue(tokens, k)) return false;
    if (CONNECTABLE_HEADS.has(tokens.lower(k))) return true;
  }
  return k > from && tokens.has(k) && !tokens.capitalised(k) && canContinue(tokens, k) && ORGANIZATION_WORDS.has(tokens.lower(k));
}

/** Heads that end a name built with "and": "Competition and Markets Authority", "Food and Drug Administration". */
const AND_NAME_HEADS: ReadonlySet<string> = ORGANIZATION_WORDS;

/** Countries and territories named with "and", by their first word and the word after "and". */
const AND_PLACES: ReadonlySet<string> = new Set(['bosnia herzegovina', 'trinidad tobago', 'antigua barbuda', 'kitts nevis', 'tome principe', 'turks caicos']);

/** How many capitalised words after "and" are read for the head that ends the name. */
const AND_LOOKAHEAD = 3;

/**
 * The end of a name that goes on over "and": to the head that ends it when
 * two or three words after "and" close with an organisation head
 * ("Competition and Markets Authority", "Department of Health and Human
 * Services"), or over
 * one word for a country named so ("Bosnia and Herzegovina"). "Britain and
 * France" are two names. Else `last` as it was.
 */
function joinedByAnd(tokens: TokenTable, first: number, last: number): number {
  const and = last + 1;
  if (!tokens.has(and + 1) || tokens.text(and) !== 'and' || !canContinue(tokens, and) || !tokens.capitalised(and + 1) || !canContinue(tokens, and + 1)) return last;
  if (AND_PLACES.has(`${tokens.lower(last)} ${tokens.lower(and + 1)}`)) return and + 1;
  for (let k = and + 1; k <= and + AND_LOOKAHEAD && tokens.has(k) && tokens.capitalised(k); k += 1) {
    if (k > and + 1 && !canContinue(tokens, k)) return last;
    const endsHere = !(tokens.has(k + 1) && tokens.capitalised(k + 1) && canContinue(tokens, k + 1));
    // A head alone after "and" joins two names ("Police and Army units"); with a word before it, one ("Markets Authority").
    if (endsHere) return k > and + 1 && AND_NAME_HEADS.has(tokens.lower(k)) ? k : last;
  }
  return last;
}

/**
 * Steps through the maximal runs of capitalised words, joined by tight
 * spacing and name connectors, broken by punctuation, sentence ends and
 * possessives. No object per run: the scanner is itself the current run,
 * overwritten by `next`, so a caller keeping a run past that copies it.
 */
export class NameRunScanner implements NameRun {
  first = -1;
  last = -1;

  constructor(private readonly tokens: TokenTable) {}

  /** Moves to the next run; false when there is none. */
  next(): boolean {
    const tokens = this.tokens;
    let i = this.last + 1;
    while (i < tokens.count && !tokens.capitalised(i)) i += 1;
    if (i >= tokens.count) return false;
    const first = i;
    let last = i;
    for (;;) {
      const conn = connectorLength(tokens, last + 1);
      // "Thousands of the Afghans": a lone sentence-initial word links over "of" only when it heads a name.
      // Other connectors sit inside personal names at a sentence start too: "Osama bin Laden", "Ludwig van Beethoven".
      if (conn > 0 && last === first && tokens.sentenceStart(first) && tokens.lower(last + 1) === 'of' && !CONNECTABLE_HEADS.has(tokens.lower(first))) break;
      if (conn > 0 && isPersonBeforeOf(tokens, first, last, last + 1 + conn)) break;
      const next = last + 1 + conn;
      if (tokens.has(next) && tokens.capitalised(next) && canContinue(tokens, next)) last = next;
      else break;
    }
    last = joinedByAnd(tokens, first, last);
    this.first = first;
    this.last = last;
    return true;
  }
}
