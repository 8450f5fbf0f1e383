import type { Diagnostic } from '../types';
import { mayBeOneFact, type Figure, type FigurePair } from './match-figures';
import { figuresDisagree } from './exact-disagreement';
import { formatFigure, joinNames } from './summary-text';
import { contextSimilarity } from './context-similarity';
import type { FigureContexts } from './agreeing-figures';
import { groupBy } from '../internal/group-by';

/**
 * Words right before a figure that say a count has grown to it: "had risen
 * to 131 million", "now stands at 40". Not "rose 5%", where the figure is
 * the rise itself.
 */
const RISEN_TO = /\b(?:(?:risen|rose|grown|grew|climbed|increased|jumped|swelled)\s+to|now stands at|now stood at)\s+$/i;

/** Context an update and the figure it raises must share (weighted cosine), as for an agreeing outlet. */
const UPDATE_SIMILARITY = 0.1;

/** Whether the words right before a figure say it is what a count has risen to. */
export function saysRisenTo(f: Figure): boolean {
  const start = f.q.span.start - f.claim.span.start;
  return RISEN_TO.test(f.claim.text.slice(Math.max(0, start - 24), start));
}

/** The diagnostic for an article's own report that a count rose from `earlier` (as other outlets give it) to `later`. */
function risenDiagnostic(later: Figure, earlier: Figure, outlets: readonly string[]): Diagnostic {
  return {
    articleId: later.claim.articleId,
    rule: 'figure-update',
    message: `${later.claim.articleId} reports a rise from "${formatFigure(earlier.q)}" (as in ${joinNames([...new Set(outlets)].sort())}) to "${formatFigure(later.q)}": read as an update, not a conflict`,
    span: { ...later.q.span },
  };
}

/**
 * For a pair of matched figures that disagree, the figure-update an article
 * declares itself: one side says the count "had risen to" it, and its own
 * article also gives the other side's lower figure ("had earlier reported
 * 90 million"). Then the other outlet carries the earlier count, not a
 * different one. Undefined for every other pair.
 */
export function declaredUpdates(figures: readonly Figure[]): (p: FigurePair) => Diagnostic | undefined {
  let valuesOf: Map<string, Figure[]> | undefined;
  const givesValue = (article: string, f: Figure) =>
    ((valuesOf ??= groupBy(figures, (g) => `${g.claim.articleId}|${g.q.unit}`)).get(`${article}|${f.q.unit}`) ?? []).some((g) => g.q.value === f.q.value);
  return (p) => {
    for (const [later, earlier] of [[p.a, p.b], [p.b, p.a]] as const) {
      if (later.q.value > earlier.q.value && saysRisenTo(later) && givesValue(later.claim.articleId, earlier)) {
        return risenDiagnostic(later, earlier, [earlier.claim.articleId]);
      }
    }
    return undefined;
  };
}

/**
 * An article that reports a count has risen ("the value of assets frozen had
 * risen to 131 million shillings") while it and other outlets give the
 * earlier figure ("96 million shillings"), where the new figure matched no
 * outlet's: said as a figure-update diagnostic on the new figure. The new
 * figure must rise above a figure of its own article that other outlets
 * agree with (same unit, may be one fact), and share some context with it.
 */
export function updatesWithinArticles(all: FigureContexts, pairs: readonly FigurePair[], tolerance: number): Diagnostic[] {
  const risen = all.figures.map((_, k) => k).filter((k) => !all.figures[k]!.past && saysRisenTo(all.figures[k]!));
  if (risen.length === 0) return [];
  const paired = new Set(pairs.flatMap((p) => [p.a, p.b]));
  // Figures other outlets agree with, and who those outlets are.
  const agreedBy = new Map<Figure, string[]>();
  for (const p of pairs) {
    if (figuresDisagree(p, tolerance)) continue;
    (agreedBy.get(p.a) ?? agreedBy.set(p.a, []).get(p.a)!).push(p.b.claim.articleId);
    (agreedBy.get(p.b) ?? agreedBy.set(p.b, []).get(p.b)!).push(p.a.claim.articleId);
  }
  const diagnostics: Diagnostic[] = [];
  for (const k of risen) {
    const g = all.figures[k]!;
    if (paired.has(g)) continue;
    let best: { f: Figure; score: number } | undefined;
    all.figures.forEach((f, j) => {
      if (f === g || f.claim.articleId !== g.claim.articleId || !agreedBy.has(f) || f.q.value >= g.q.value || !mayBeOneFact(f, g)) return;
      const score = contextSimilarity(all.contexts[j]!, all.contexts[k]!, all.weights);
      if (score >= UPDATE_SIMILARITY && (!best || score > best.score)) best = { f, score };
    });
    if (best) diagnostics.push(risenDiagnostic(g, best.f, agreedBy.get(best.f)!));
  }
  return diagnostics;
}
