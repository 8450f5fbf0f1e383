import type { Refiner } from '../types';
import { isPeopleSubject } from '../subject/categorize';

/** A number with no written unit counts people when its subject is a people category, else things. */
export const assignCountUnit: Refiner = {
  name: 'count-unit',
  refine(_ctx, matches) {
    return matches.map((m) => (m.unit !== undefined ? m : { ...m, unit: isPeopleSubject(m.subject) ? 'people' : 'count' }));
  },
};
