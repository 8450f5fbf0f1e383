import type { QuantityMatch, Refiner } from '../types';
import { readSubject } from '../subject/read-subject';
import { canonicalSubject } from '../subject/categorize';

/** What each quantity counts: the head noun after it, or after "of" (see subject/read-subject.ts). */
export const attachSubjects: Refiner = {
  name: 'subject',
  refine(ctx, matches) {
    return matches.map((m): QuantityMatch => {
      if (m.kind !== 'quantity') return m;
      // A subject fixed by a hyphenated adjective ("six-nation") only needs its canonical form.
      if (m.subject !== undefined) return { ...m, subject: canonicalSubject(m.subject) };
      if (m.subjectMode === 'none') return m;
      const subject = readSubject(ctx.tokens, m.endToken, m.subjectMode === 'direct');
      return subject === undefined ? m : { ...m, subject };
    });
  },
};
