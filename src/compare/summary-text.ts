import type { Quantity } from '../types';

/** How a figure reads in a one-line summary: as the article wrote it, trimmed of stray punctuation. */
export function formatFigure(q: Pick<Quantity, 'text'>): string {
  return q.text.replace(/\s+/g, ' ').trim();
}

/** "a, b and c" for lists of sources in summaries. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A claim cut to one readable line for a summary; the evidence carries the full text. */
export function shortQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
