import type { LineRule } from '../types';
import { isReprintNotice } from '../find-origin';

/** "This article was originally published by X and is reprinted with permission." */
export const reprintNotice: LineRule = {
  name: 'reprint-notice',
  reason: 'reprint notice',
  test: (line) => isReprintNotice(line.text),
};
