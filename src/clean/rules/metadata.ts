import type { LineRule } from '../types';

// "Label : value" lines that CMSs print above or below a story.
const LABELLED = /^(?:news id|story id|article id|post id|publish(?:ed)?(?: date| on| at)?|updated(?: on| at)?|last updated|last modified|posted(?: on| at)?|date|dateline|category|categories|section|print edition|word count|reading time|read time)\s*:/iu;
const READING_TIME = /^\d{1,3}\s*min(?:ute)?s?\s+read$/iu;
const MAX_LENGTH = 120;

/** Bare metadata: "News ID: 123", "Publish Date : ...", "4 min read". */
export const metadata: LineRule = {
  name: 'metadata',
  reason: 'metadata',
  test: (line) => line.text.length <= MAX_LENGTH && (LABELLED.test(line.text) || READING_TIME.test(line.text)),
};
