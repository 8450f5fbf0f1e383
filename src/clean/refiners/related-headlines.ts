import type { Line, LineRefiner, LineVerdicts } from '../types';
import { isHeadingLike, isTitleCase } from '../text-shape';

// Verdicts after which a title-case line is another story's headline, not this one's.
const TEASER_CONTEXT = new Set(['photo caption', 'section heading', 'related headline']);

/**
 * A related-story card: a title-case headline glued (no blank line) to a
 * photo caption, or any headline listed under "Related News". Keeps the
 * story's own headline.
 */
export const relatedHeadlines: LineRefiner = {
  name: 'related-headlines',
  refine(lines: readonly Line[], verdicts: LineVerdicts): LineVerdicts {
    const out = verdicts.slice();
    // Before any kept line, a title-case line is the story's own headline.
    let keptBefore = out[0] === undefined;
    // Whether the headlines just marked are listed under a section heading ("Related:"), not a caption's card.
    let listed = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as Line;
      const previous = out[i - 1];
      if (previous === 'section heading') listed = true;
      else if (previous !== 'related headline') listed = false;
      if (out[i] === undefined && keptBefore && previous !== undefined && TEASER_CONTEXT.has(previous)) {
        const glued = !line.blankBefore || previous === 'section heading' || previous === 'related headline';
        // Under "Related:" a headline may be in sentence case ("Council approves 400 homes on old site");
        // in a caption's card only title case tells another story's headline from its summary.
        if (glued && isHeadingLike(line.text) && (listed || isTitleCase(line.text))) out[i] = 'related headline';
      }
      keptBefore = keptBefore || out[i] === undefined;
    }
    return out;
  },
};
