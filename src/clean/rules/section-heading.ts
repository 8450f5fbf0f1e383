import type { LineRule } from '../types';
import { normalizeLabel } from './normalize-label';

const SECTION_HEADINGS: ReadonlySet<string> = new Set([
  'recent articles', 'recent posts', 'recent news', 'related news', 'related articles', 'related stories',
  'related posts', 'related content', 'related', 'most read', 'most popular', 'most viewed', 'popular posts',
  'trending', 'trending now', 'more stories', 'more news', 'latest news', 'latest stories', 'latest',
  'you may also like', 'you might also like', 'top stories', "editor's picks", 'editors picks',
  'recommended for you', 'further reading', 'more on this story', 'in other news', 'also on this site',
]);

/** Page sections around the story: "Recent Articles", "Related News", "Most Read". */
export const sectionHeading: LineRule = {
  name: 'section-heading',
  reason: 'section heading',
  test: (line) => line.text.length <= 40 && SECTION_HEADINGS.has(normalizeLabel(line.text)),
};
