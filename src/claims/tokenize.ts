import type { Token } from './types';

// A word is letters/digits joined by single apostrophes, hyphens, dots or commas
// ("don't", "Qala-e-Naw", "U.S", "1,000"); the joiner class is disjoint from the
// letter class, so the pattern cannot backtrack. Anything else is one punct mark.
const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['’.,\-‐][\p{L}\p{N}\p{M}]+)*)|([^\s\p{L}\p{N}\p{M}])/gu;

/**
 * The last texts tokenised: the claim rules read one sentence and its clauses
 * many times over (splits, attribution, skips, negation). Tokens are frozen,
 * so sharing them between callers is safe.
 */
const recent = new Map<string, readonly Token[]>();
const RECENT_SIZE = 64;

/** Words and punctuation marks of `text`, with local offsets. */
export function tokenize(text: string): Token[] {
  const known = recent.get(text);
  if (known) return known as Token[];
  const tokens = scan(text);
  if (recent.size >= RECENT_SIZE) recent.clear();
  recent.set(text, tokens);
  return tokens;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start,
      end: start + m[0].length,
      kind: m[1] !== undefined ? 'word' : 'punct',
    });
  }
  for (const t of tokens) Object.freeze(t);
  return Object.freeze(tokens) as Token[];
}
