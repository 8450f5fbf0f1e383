import type { BoundaryRule } from '../types';
import { parseListMarker } from '../list-markers';

/** The period of a marker that opens the sentence ("2. The") is not a boundary. */
export const listMarkerItself: BoundaryRule = {
  name: 'list-marker',
  decide: (gap) => {
    const isOpening = gap.sentenceLength === 1 || (gap.sentenceLength === 2 && gap.openedWithBullet);
    return isOpening && parseListMarker(gap.left) ? 'keep' : undefined;
  },
};
