import type { Quantity } from '../types';

/** Whitespace other than a lone space: all that flattening to one line changes. */
const UNFLAT_SPACE = /[^\S ]| {2}/;

/** Text with each run of whitespace made one space, trimmed; most claims have none to change, and a test costs less than a replace. */
function oneLine(text: string): string {
  return UNFLAT_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** How a figure reads in a one-line summary: as the article wrote it, trimmed of stray punctuation. */
export function formatFigure(q: Pick<Quantity, 'text'>): string {
  return oneLine(q.text);
}

/** "a, b and c" for lists of sources in summaries. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A claim cut to one readable line for a summary; the evidence carries the full text. */
export function shortQuote(text: string, max = 90): string {
  const flat = oneLine(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
