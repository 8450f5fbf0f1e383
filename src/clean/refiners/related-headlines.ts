import type { Line, LineRefiner, LineVerdicts } from '../types';
import { isHeadingLike, isTitleCase } from '../text-shape';

// Verdicts after which a title-case line is another story's headline, not this one's.
const TEASER_CONTEXT = new Set(['photo caption', 'section heading', 'related headline']);

/**
 * A related-story card: a title-case headline glued (no blank line) to a
 * photo caption, or listed under "Related News". Keeps the story's own headline.
 */
export const relatedHeadlines: LineRefiner = {
  name: 'related-headlines',
  refine(lines: readonly Line[], verdicts: LineVerdicts): LineVerdicts {
    const out = verdicts.slice();
    // Before any kept line, a title-case line is the story's own headline.
    let keptBefore = out[0] === undefined;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as Line;
      const previous = out[i - 1];
      if (out[i] === undefined && keptBefore && previous !== undefined && TEASER_CONTEXT.has(previous)) {
        const glued = !line.blankBefore || previous === 'section heading' || previous === 'related headline';
        if (glued && isHeadingLike(line.text) && isTitleCase(line.text)) out[i] = 'related headline';
      }
      keptBefore = keptBefore || out[i] === undefined;
    }
    return out;
  },
};
