import { NAME_CONNECTORS } from './lexicon/stop-words';
import { ORGANIZATION_WORDS, PLACE_WORDS } from './lexicon/kind-cues';

/** Words that head names built with "of" (Ministry of Defense, Republic of Korea, Gulf of Aden). */
const CONNECTABLE_HEADS: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...PLACE_WORDS, 'gulf', 'bay', 'sea', 'kingdom', 'isle', 'cape', 'lake', 'mount', 'strait', 'house']);
import { TITLE_ABBREVIATIONS } from './lexicon/roles';
import type { NameToken } from './name-token';

/** Indices [first, last] (inclusive) of a run of name tokens in the token list. */
export interface NameRun {
  first: number;
  last: number;
}

const LONGEST_CONNECTOR = Math.max(...[...NAME_CONNECTORS].map((w) => w.length));
const DOT_THEN_SPACES = /^\.[ \t\u00a0\u202f]{0,2}$/;
const UPPER_START = /^\p{Lu}/u;

/** Whether `tok` follows `prev` closely enough to continue one name. */
export function isTight(prev: NameToken, tok: NameToken): boolean {
  if (tok.spaceGapBefore) return true;
  if (!DOT_THEN_SPACES.test(tok.gapBefore)) return false;
  // "Gen. Smith", "John F. Kennedy": the dot belongs to an abbreviation.
  const initial = prev.text.length === 1 && UPPER_START.test(prev.text);
  return initial || TITLE_ABBREVIATIONS.has(prev.lower);
}

function canContinue(tokens: readonly NameToken[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  return !!prev && !!tok && !prev.closesRun && isTight(prev, tok) && !tok.sentenceStart;
}

/** Length of a connector ("of", "of the", "bin") at i that links two capitalised words, else 0. */
function connectorLength(tokens: readonly NameToken[], i: number): number {
  const tok = tokens[i];
  // Most words are longer than any connector: ruled out without cutting the word out.
  if (!tok || tok.end - tok.start > LONGEST_CONNECTOR || !NAME_CONNECTORS.has(tok.text)) return 0;
  const withThe = tok.text === 'of' && tokens[i + 1]?.text === 'the' ? 2 : 1;
  const after = tokens[i + withThe];
  for (let k = i; k <= i + withThe; k += 1) if (!canContinue(tokens, k)) return 0;
  return after && after.capitalised ? withThe : 0;
}

/**
 * Finds maximal runs of capitalised words, joined by tight spacing and
 * name connectors, broken by punctuation, sentence ends and possessives.
 */
export function nameRuns(tokens: readonly NameToken[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.capitalised) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    for (;;) {
      const conn = connectorLength(tokens, last + 1);
      // "Thousands of the Afghans": a lone sentence-initial word links over "of" only when it heads a name.
      if (conn > 0 && last === first && tokens[first]!.sentenceStart && !CONNECTABLE_HEADS.has(tokens[first]!.lower)) break;
      const next = last + 1 + conn;
      if (tokens[next]?.capitalised && canContinue(tokens, next)) last = next;
      else break;
    }
    runs.push({ first, last });
    i = last + 1;
  }
  return runs;
}
