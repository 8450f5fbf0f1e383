/** Cuts the original text into trimmed, non-blank lines with exact spans. */
import type { Line } from './types';

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// The line breaks: CRLF, CR, LF, LS and PS all end a line. A regular expression finds the next one
// faster than a loop over the characters.
const BREAK = /[\n\r\u2028\u2029]/g;

/** True when LF is the only line break in the text (nearly always): indexOf then finds them fastest. */
function breaksOnlyAtLineFeeds(text: string): boolean {
  return !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
}

/** Index of the first line break at or after `from`, or the text's length. */
function nextBreak(text: string, from: number, onlyLineFeeds: boolean): number {
  if (onlyLineFeeds) {
    const i = text.indexOf('\n', from);
    return i < 0 ? text.length : i;
  }
  BREAK.lastIndex = from;
  // test, not exec: no match array per line; a break is one character, so it sits just before lastIndex.
  return BREAK.test(text) ? BREAK.lastIndex - 1 : text.length;
}

/** One linear pass; CRLF, CR, LF, LS and PS all end a line. Tabs and NBSP are trimmed. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  let lineStart = 0;
  const onlyLineFeeds = breaksOnlyAtLineFeeds(text);
  for (;;) {
    const i = nextBreak(text, lineStart, onlyLineFeeds);
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      lines.push({ text: text.slice(start, end), span: { start, end }, blankBefore });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    if (i >= text.length) return lines;
    // CRLF is one break: step over the LF.
    lineStart = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
}
