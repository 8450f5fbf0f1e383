import { figureGap } from './figure-gap';
import { mayBeOneFact, type Figure, type FigurePair } from './match-figures';
import { COUNT_UNITS } from './count-units';

/**
 * Police and organisers counting one crowd: "Police put the crowd at
 * 12,000" against "more than 80,000 people joined the march, organisers
 * said". The two rarely share a word beside the figure and often lie several
 * times apart, so context similarity never pairs them, yet the gap is
 * exactly what an editor must show, each figure with its source.
 */

/** Lemmas that say a figure counts a crowd (see content-words). */
const CROWD_TERMS: ReadonlySet<string> = new Set(['crowd', 'protest', 'march', 'marcher', 'demonstr', 'ralli', 'gather']);
/** The two sides, as lemmas: organisers (British and American spelling) and the police. */
const ORGANISER_TERMS: ReadonlySet<string> = new Set(['organis', 'organ']);
const POLICE = 'police';

type Side = 'police' | 'organisers';

/**
 * Who gives a crowd figure: the police when the police and a crowd word stand
 * near it; the organisers when they do (organisers count crowds and little
 * else). Figures of the past and parts of a group are no crowd of the day.
 */
function crowdSide(f: Figure): Side | undefined {
  if (!COUNT_UNITS.has(f.q.unit) || f.past || f.part || f.outcome) return undefined;
  const organisers = f.context.some((t) => ORGANISER_TERMS.has(t));
  const police = f.context.includes(POLICE);
  if (organisers === police) return undefined;
  if (organisers) return 'organisers';
  return f.context.some((t) => CROWD_TERMS.has(t)) ? 'police' : undefined;
}

/**
 * Candidate pairs of a police crowd figure and an organisers' one from
 * different articles, at `similarity` (the usual bar: closer pairs are matched
 * first, and an outlet giving both figures is not paired with itself).
 */
export function crowdEstimatePairs(figures: readonly Figure[], similarity: number): FigurePair[] {
  const police: Figure[] = [];
  const organisers: Figure[] = [];
  for (const f of figures) {
    const side = crowdSide(f);
    if (side === 'police') police.push(f);
    else if (side === 'organisers') organisers.push(f);
  }
  const pairs: FigurePair[] = [];
  for (const a of police) {
    for (const b of organisers) {
      if (a.claim.articleId === b.claim.articleId || !mayBeOneFact(a, b)) continue;
      pairs.push({ a, b, similarity, gap: figureGap(a.q, b.q) });
    }
  }
  return pairs;
}
