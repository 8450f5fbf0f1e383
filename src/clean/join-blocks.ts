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
  let open: { start: number; end: number; last: Line } | undefined;
  const close = (): void => {
    if (open) blocks.push({ text: text.slice(open.start, open.end), span: { start: open.start, end: open.end } });
    open = undefined;
  };
  lines.forEach((line, i) => {
    if (verdicts[i] !== undefined) {
      close();
      return;
    }
    if (open && continues(open.last, line)) {
      open = { start: open.start, end: line.span.end, last: line };
      return;
    }
    close();
    open = { start: line.span.start, end: line.span.end, last: line };
  });
  close();
  return blocks;
}
