/**
 * The ordered boilerplate rules: the first rule whose test passes skips the
 * line with its reason. Anything no rule claims is kept (when unsure, keep).
 */
import type { LineRule } from '../types';
import { lonePunctuation } from './lone-punctuation';
import { metadata } from './metadata';
import { navigation } from './navigation';
import { promotion } from './promotion';
import { readAlsoTeaser } from './read-also-teaser';
import { commentPrompt } from './comment-prompt';
import { sectionHeading } from './section-heading';
import { tagList } from './tag-list';
import { reprintNotice } from './reprint-notice';
import { creditLine } from './credit-line';
import { photoCaption } from './photo-caption';

export const DEFAULT_LINE_RULES: readonly LineRule[] = [
  lonePunctuation,
  metadata,
  navigation,
  promotion,
  sectionHeading,
  readAlsoTeaser,
  commentPrompt,
  tagList,
  reprintNotice,
  creditLine,
  photoCaption,
];
