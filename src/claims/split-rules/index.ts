import type { SplitRule } from '../types';
import { appositiveRejection } from './appositive-rejection';
import { asWellAsClause } from './as-well-as-clause';
import { conjunctionClause } from './conjunction-clause';
import { participleThat } from './participle-that';
import { relativeClause } from './relative-clause';
import { semicolonClause } from './semicolon-clause';

export { appositiveRejection, asWellAsClause, conjunctionClause, participleThat, relativeClause, semicolonClause };

/** The default split rules, tried in this order at every token; the first that matches cuts. */
export const DEFAULT_SPLIT_RULES: readonly SplitRule[] = [semicolonClause, participleThat, appositiveRejection, asWellAsClause, conjunctionClause, relativeClause];
