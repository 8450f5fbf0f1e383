import type { AttributionKind, AttributionMatch, Token } from '../types';

/** An attribution whose speaker runs over tokens [from, to) of `text`; trailing commas/periods trimmed. */
export function buildMatch(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  verb: string,
  kind: AttributionKind,
  rule: string,
): AttributionMatch | null {
  let end = to;
  while (end > from && tokens[end - 1].kind === 'punct' && /^[,.;:!?]$/.test(tokens[end - 1].text)) end--;
  if (end <= from) return null;
  const span = { start: tokens[from].start, end: tokens[end - 1].end };
  return { speaker: text.slice(span.start, span.end), verb, span, kind, rule };
}
