/** Text helpers for the Markdown renderer: escaping article text so it cannot break the layout. */
import type { Span } from '../types';

// Characters that start emphasis, code, links, HTML or table cells anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Runs of whitespace (newlines included) become one space: a quote must stay on its line. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Escapes syntax that works anywhere in a line; newlines are folded so list items and table rows stay whole. */
export function escapeInline(text: string): string {
  return collapseWhitespace(text).replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
}

/** Escapes markers that only mean something at the start of a line: heading, quote, list item. */
function escapeLineStart(text: string): string {
  if (/^[#>]/.test(text) || /^[-+](\s|$)/.test(text)) return `\\${text}`;
  return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes article text for any place in a Markdown line, including its start. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

export function formatSpan(span: Span): string {
  return `chars ${span.start}–${span.end}`;
}
