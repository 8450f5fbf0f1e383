import type { Line, LineRefiner, LineVerdicts } from '../types';
import { isHeadingLike, isTitleCase, words } from '../text-shape';

const MAX_TAG_WORDS = 5;

/**
 * Dangling tags: short title-case lines with no sentence punctuation after the
 * last line of prose ("... end of story.\n\nElection Law"). Walks back from the end.
 */
export const trailingTags: LineRefiner = {
  name: 'trailing-tags',
  refine(lines: readonly Line[], verdicts: LineVerdicts): LineVerdicts {
    const out = verdicts.slice();
    const firstKept = out.findIndex((v) => v === undefined);
    for (let i = lines.length - 1; i > firstKept && firstKept >= 0; i--) {
      if (out[i] !== undefined) continue;
      const text = (lines[i] as Line).text;
      if (!isHeadingLike(text, MAX_TAG_WORDS) || !isTitleCase(text) || words(text).length === 0) break;
      out[i] = 'tag';
    }
    return out;
  },
};
