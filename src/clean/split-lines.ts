/** Cuts the original text into trimmed, non-blank lines with exact spans. */
import type { Line } from './types';

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** One linear pass; CRLF, CR, LF, LS and PS all end a line. Tabs and NBSP are trimmed. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charCodeAt(i))) continue;
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
    // CRLF is one break: step over the LF.
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  return lines;
}
