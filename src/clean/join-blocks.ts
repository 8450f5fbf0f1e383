/** Groups kept lines into body blocks, joining a paragraph the scraper broke mid-sentence. */
import type { TextSegment } from '../types';
import type { Line, LineVerdicts } from './types';
import { endsWithSentencePunctuation, startsLowercase } from './text-shape';

/** True when `next` continues `line`: no blank line between, no final stop, lower-case start. */
function continues(line: Line, next: Line): boolean {
  return !next.blankBefore && !endsWithSentencePunctuation(line.text) && startsLowercase(next.text);
}

/** Kept lines become blocks; a block's text is the original slice, inner line breaks included. */
export function joinBlocks(text: string, lines: readonly Line[], verdicts: LineVerdicts): TextSegment[] {
  const blocks: TextSegment[] = [];
  // The open block as plain variables (no object per line): its start, and its last line (undefined: none open).
  let start = 0;
  let last: Line | undefined;
  const close = (): void => {
    if (last) blocks.push({ text: text.slice(start, last.span.end), span: { start, end: last.span.end } });
    last = undefined;
  };
  lines.forEach((line, i) => {
    if (verdicts[i] !== undefined) {
      close();
      return;
    }
    if (last && continues(last, line)) {
      last = line;
      return;
    }
    close();
    start = line.span.start;
    last = line;
  });
  close();
  return blocks;
}
