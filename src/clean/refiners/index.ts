/** Page-wide passes run after the line rules, in order. */
import type { LineRefiner } from '../types';
import { relatedHeadlines } from './related-headlines';
import { trailingTags } from './trailing-tags';

export const DEFAULT_LINE_REFINERS: readonly LineRefiner[] = [relatedHeadlines, trailingTags];
