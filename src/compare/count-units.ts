/**
 * Units of counts: a bare count and a head count of people. They mean
 * nothing without saying what is counted, and only they are parts of a
 * group or crowds; a share ("54% of the voters") is how a rate is said.
 */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['count', 'people']);
