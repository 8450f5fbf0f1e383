import { NAME_CONNECTORS } from './lexicon/stop-words';
import { ORGANIZATION_WORDS, PLACE_WORDS } from './lexicon/kind-cues';

/** Words that head names built with "of" (Ministry of Defense, Republic of Korea, Gulf of Aden). */
const CONNECTABLE_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...PLACE_WORDS, 'gulf', 'bay', 'sea', 'kingdom', 'isle', 'cape', 'lake', 'mount', 'strait', 'house']);
import { isAbbreviation } from './abbreviation';
import type { TokenTable } from './token-table';

/** Indices [first, last] (inclusive) of a run of name tokens in the token list. */
export interface NameRun {
  first: number;
  last: number;
}

const LONGEST_CONNECTOR = Math.max(...[...NAME_CONNECTORS].map((w) => w.length));
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
  // Most words are longer than any connector: ruled out without cutting the word out.
  if (!tokens.has(i) || tokens.length(i) > LONGEST_CONNECTOR || !NAME_CONNECTORS.has(tokens.text(i))) return 0;
  const withThe = tokens.text(i) === 'of' && tokens.has(i + 1) && tokens.text(i + 1) === 'the' ? 2 : 1;
  const after = i + withThe;
  for (let k = i; k <= i + withThe; k += 1) if (!canContinue(tokens, k)) return 0;
  return tokens.has(after) && tokens.capitalised(after) ? withThe : 0;
}

/**
 * Finds maximal runs of capitalised words, joined by tight spacing and
 * name connectors, broken by punctuation, sentence ends and possessives.
 */
export function nameRuns(tokens: TokenTable): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.count) {
    if (!tokens.capitalised(i)) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    for (;;) {
      const conn = connectorLength(tokens, last + 1);
      // "Thousands of the Afghans": a lone sentence-initial word links over "of" only when it heads a name.
      if (conn > 0 && last === first && tokens.sentenceStart(first) && !CONNECTABLE_HEADS.has(tokens.lower(first))) break;
      const next = last + 1 + conn;
      if (tokens.has(next) && tokens.capitalised(next) && canContinue(tokens, next)) last = next;
      else break;
    }
    runs.push({ first, last });
    i = last + 1;
  }
  return runs;
}
