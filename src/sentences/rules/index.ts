/**
 * The ordered boundary rules. Each gap between two tokens goes down the list;
 * the first rule that returns a decision wins. Order matters: structural rules
 * (blank lines, list items) before punctuation, punctuation before abbreviations.
 */
import type { BoundaryRule } from '../types';
import { paragraphBreak } from './paragraph-break';
import { bulletItem } from './bullet-item';
import { nextListItem } from './next-list-item';
import { listMarkerItself } from './list-marker-itself';
import { openingEllipsis } from './opening-ellipsis';
import { bracketedEllipsis } from './bracketed-ellipsis';
import { headingLine } from './heading-line';
import { noTerminal } from './no-terminal';
import { lowercaseContinues } from './lowercase-continues';
import { spacedEllipsis } from './spaced-ellipsis';
import { exclamationQuestion } from './exclamation-question';
import { ellipsisEnd } from './ellipsis-end';
import { numberAbbreviation } from './number-abbreviation';
import { titleAbbreviation } from './title-abbreviation';
import { nameInitial } from './name-initial';
import { ambiguousAbbreviation } from './ambiguous-abbreviation';
import { sentenceEnd } from './sentence-end';

export const DEFAULT_BOUNDARY_RULES: readonly BoundaryRule[] = [
  paragraphBreak,
  bulletItem,
  nextListItem,
  listMarkerItself,
  openingEllipsis,
  bracketedEllipsis,
  headingLine,
  noTerminal,
  lowercaseContinues,
  spacedEllipsis,
  exclamationQuestion,
  ellipsisEnd,
  numberAbbreviation,
  titleAbbreviation,
  nameInitial,
  ambiguousAbbreviation,
  sentenceEnd,
];
