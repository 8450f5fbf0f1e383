import type { LineRule } from '../types';

const TAG_LIST = /^(?:tags?|keywords|topics|filed under)\s*:/iu;

/** "Tags: a, b, c" lists. (Bare trailing tags are found by the trailing-tags refiner.) */
export const tagList: LineRule = {
  name: 'tag-list',
  reason: 'tag',
  test: (line) => line.text.length <= 300 && TAG_LIST.test(line.text),
};
