import type { LineRule } from '../types';
import { hasLetterOrDigit } from '../text-shape';

/** A line with no letter or digit ("•", "|", "* *") carries nothing to check. */
export const lonePunctuation: LineRule = {
  name: 'lone-punctuation',
  reason: 'lone punctuation',
  test: (line) => !hasLetterOrDigit(line.text),
};
