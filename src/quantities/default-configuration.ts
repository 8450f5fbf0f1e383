import type { Parser, Refiner } from './types';
import { absoluteDateParser } from './parsers/absolute-date-parser';
import { monthParser } from './parsers/month-parser';
import { weekdayParser } from './parsers/weekday-parser';
import { yearParser } from './parsers/year-parser';
import { nonCountParser } from './parsers/non-count-parser';
import { numberParser } from './parsers/number-parser';
import { removeOverlaps } from './refiners/remove-overlaps';
import { applyQualifiers } from './refiners/apply-qualifiers';
import { attachSubjects } from './refiners/attach-subjects';
import { assignCountUnit } from './refiners/assign-count-unit';
import { dropBareNonCounts } from './refiners/drop-bare-non-counts';
import { inheritFromUnit } from './refiners/inherit-from-unit';

/** Parsers run independently over the tokens; overlaps are settled by the first refiner. */
export const DEFAULT_PARSERS: readonly Parser[] = [
  absoluteDateParser,
  monthParser,
  weekdayParser,
  yearParser,
  nonCountParser,
  numberParser,
];

/** Refiners run in order, each over the previous one's output. */
export const DEFAULT_REFINERS: readonly Refiner[] = [
  removeOverlaps,
  applyQualifiers,
  attachSubjects,
  assignCountUnit,
  inheritFromUnit,
  dropBareNonCounts,
];
