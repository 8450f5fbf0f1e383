import type { LineRule } from '../types';
import { isCreditLine } from '../find-wire-credits';

/** "X contributed to this report", "Some information from Reuters was used". */
export const creditLine: LineRule = {
  name: 'credit-line',
  reason: 'credit line',
  test: (line) => isCreditLine(line.text),
};
