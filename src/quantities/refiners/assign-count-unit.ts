import type { Refiner } from '../types';
import { isPeopleSubject } from '../subject/categorize';

/** A number with no written unit counts people when its subject is a people category, else things. */
export const assignCountUnit: Refiner = {
  name: 'count-unit',
  refine(_ctx, matches) {
    // The matches are this extraction's own: updated in place, not copied.
    for (const m of matches) if (m.unit === undefined) m.unit = isPeopleSubject(m.subject) ? 'people' : 'count';
    return matches;
  },
};
