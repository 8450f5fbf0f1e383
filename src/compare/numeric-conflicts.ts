import type { Diagnostic, Evidence, Finding } from '../types';
import { farApart, type Figure, type FigurePair } from './match-figures';
import { figureDifference, figureGap } from './figure-gap';
import { conflictSeverity } from './severity';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './summary-text';
import { groupFacts } from './group-facts';
import { byPublication, figuresBesideUpdates, isUpdate } from './growing-counts';
import { fallingCountPairs } from './falling-counts';
import { groupBy } from '../internal/group-by';
import { figuresDisagree } from './exact-disagreement';
import { CURRENCY_PREFIXES } from '../quantities/tables/units';
import { closeValues } from './lone-close-figures';
import { risenPastEarlier } from './risen-past-earlier';

/** A capitalised first word ("About", "Some"), which opened the outlet's sentence: lower-cased mid-summary, unless a currency ("Rs 3 billion"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*(?=\s)/u;

/**
 * The wording most outlets in a group used ("more than 1,000"), counted
 * without case and shown mid-sentence: "About 1,200" as "about 1,200", but
 * "Sh412 million", "Rs 3 billion" and "US$4m" as written.
 */
function commonWording(figures: readonly Figure[]): string {
  const counts = new Map<string, { count: number; written: string }>();
  for (const f of figures) {
    const written = formatFigure(f.q).replace(CAPITALISED_WORD, (word) => (CURRENCY_PREFIXES[word.toLowerCase()] ? word : word.toLowerCase()));
    const key = written.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { count: 1, written });
  }
  // Ties go to the alphabetically first, as before.
  return [...counts].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))[0]![1].written;
}

/** Figures grouped by what they say: same interval, same group, lowest first. */
function figureGroups(figures: readonly Figure[]): Figure[][] {
  const groups = groupBy(figures, (f) => `${f.q.low}|${f.q.high}`);
  return [...groups.values()].sort((a, b) => a[0].q.low - b[0].q.low);
}

/**
 * The sides of a conflict: neighbouring groups of figures that agree with
 * each other ("nearly a fifth" and "19.9%") stand on one side, so the
 * summary sets against each other only figures that disagree.
 */
function conflictSides(figures: readonly Figure[], tolerance: number): Figure[][][] {
  const sides: Figure[][][] = [];
  for (const group of figureGroups(figures)) {
    const side = sides[sides.length - 1];
    const agrees = side?.every((g) => !figuresDisagree({ a: g[0], b: group[0], gap: figureGap(g[0].q, group[0].q) }, tolerance));
    if (side && agrees) side.push(group);
    else sides.push([group]);
  }
  return sides;
}

/** "19.9% (post and wire) and nearly a fifth (courier)": one side's wordings with their articles. */
function sideLabel(side: readonly Figure[][]): string {
  // Smallest stated value first: groups are found by their lower bounds, which a wide "about" may put out of order.
  const byValue = [...side].sort((a, b) => a[0]!.q.value - b[0]!.q.value);
  return byValue.map((group) => `${commonWording(group)} (${joinNames([...new Set(group.map((f) => f.claim.articleId))].sort())})`).join(' and ');
}

/**
 * Two figures one article gives more than FAR_APART_RATIO apart are of two
 * facts ("a boat carrying 48 migrants" and "1,400 migrants this year"), so a
 * chain of matches must not join them into one finding.
 */
function oneArticleFarApart(a: Figure, b: Figure): boolean {
  return a.claim.articleId === b.claim.articleId && farApart(a.q, b.q);
}

/** Whether a pair's values are close (see closeValues). */
const closeInValue = (p: FigurePair): boolean => closeValues(Math.abs(p.a.q.value), Math.abs(p.b.q.value));

/**
 * The pairs with close values first, each part in its order (most alike
 * first). Close values are the stronger sign of one fact: "421 million" joins
 * the "412 million" stolen before a weakly alike "1.18 billion" contract can
 * pull it into that fact, where the article that gives both 412 million and
 * 1.36 billion keeps the 412 million out.
 */
function closeFirst(pairs: readonly FigurePair[]): FigurePair[] {
  return [...pairs.filter(closeInValue), ...pairs.filter((p) => !closeInValue(p))];
}

/**
 * numeric-conflict: outlets give figures for the same fact (same unit,
 * compatible subject, alike context) whose intervals lie further apart than the
 * tolerance. One finding per fact, citing every figure for it.
 */
export function findNumericConflicts(
  pairs: readonly FigurePair[],
  tolerance: number,
  clusterIdOf: (claimId: string) => string | undefined,
  publishedAtOf: (articleId: string) => string | undefined = () => undefined,
  /** The other places an article gives a figure (see repeatedFigures): cited too. */
  repeatsOf: (f: Figure) => readonly Figure[] = () => [],
  /** Equal figures of outlets the fact leaves out (see agreeingFigures): cited and named too. */
  agreeingOf: (cited: readonly Figure[]) => readonly Figure[] = () => [],
  /** The update an article declares itself for a pair ("had risen to", see declaredUpdates), if any. */
  declaredUpdate: (p: FigurePair) => Diagnostic | undefined = () => undefined,
): { findings: Omit<Finding, 'id'>[]; diagnostics: Diagnostic[] } {
  const findings: Omit<Finding, 'id'>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const fact of groupFacts(closeFirst(pairs), oneArticleFarApart)) {
    // Pairs that disagree (see figuresDisagree): updates (said once as a diagnostic) or conflicts, each asked once.
    const conflicting: FigurePair[] = [];
    let updates = 0;
    for (const p of fact.pairs) {
      if (!figuresDisagree(p, tolerance)) {
        // Said once, like any update; no side of a conflict, so the fact's reading is left as it is.
        if (risenPastEarlier(p, tolerance, publishedAtOf)) diagnostics.push(updateDiagnostic(p, publishedAtOf));
        continue;
      }
      const declared = isUpdate(p, publishedAtOf) ? updateDiagnostic(p, publishedAtOf) : declaredUpdate(p);
      if (!declared) conflicting.push(p);
      else {
        updates += 1;
        diagnostics.push(declared);
      }
    }
    // Only a fact read as rising can hide a fall: two later counts each matched to the first toll.
    const falls = updates > 0 ? fallingCountPairs(fact, tolerance, publishedAtOf) : [];
    if (conflicting.length === 0 && falls.length === 0) continue;
    const disagreeing = [...conflicting, ...falls];
    // Beside updates, the summary names the figures that disagree. The evidence cites the whole
    // fact, unless only a fall disagrees: then the rising figures are no side of it.
    // Outlets giving a side's very number are joined only to a plain conflict: beside updates, sides are the updates' to say.
    const whole = updates === 0 ? withAgreeing(fact.figures, agreeingOf) : fact.figures;
    const named = updates > 0 ? figuresBesideUpdates({ figures: fact.figures, pairs: disagreeing }, () => false) : whole;
    const cited = withRepeats(conflicting.length === 0 ? named : whole, repeatsOf);
    findings.push(conflictFinding(cited, named, disagreeing, tolerance, clusterIdOf));
  }
  return { findings, diagnostics };
}

/** The fact's figures and the equal figures of outlets it leaves out. */
function withAgreeing(figures: readonly Figure[], agreeingOf: (cited: readonly Figure[]) => readonly Figure[]): readonly Figure[] {
  const more = agreeingOf(figures);
  return more.length === 0 ? figures : [...figures, ...more];
}

/** The cited figures and the other places their articles give them, each once. */
function withRepeats(cited: readonly Figure[], repeatsOf: (f: Figure) => readonly Figure[]): readonly Figure[] {
  let all: Set<Figure> | undefined;
  for (const f of cited) {
    for (const g of repeatsOf(f)) (all ??= new Set(cited)).add(g);
  }
  return all ? [...all] : cited;
}

/** The finding for one fact: `cited` as evidence, `named` in the summary, severity by the widest of `pairs`. */
function conflictFinding(
  cited: readonly Figure[],
  named: readonly Figure[],
  pairs: readonly FigurePair[],
  tolerance: number,
  clusterIdOf: (claimId: string) => string | undefined,
): Omit<Finding, 'id'> {
  // reduce, not Math.max(...list): a spread of a long list overflows the call stack.
  const worst = pairs.reduce((most, p) => Math.max(most, figureDifference(p.a.q, p.b.q)), -Infinity);
  const unit = cited[0].q.unit;
  const subject = cited.map((f) => f.q.subject).find((s) => !!s);
  // A scale's readings have the scale as subject ("magnitude"): named once.
  const what = subject && subject !== unit ? `${subject.replace(/\+/g, ' and ')} (${unit})` : unit;
  const summary = `Sources disagree on a figure for ${what}: ${conflictSides(named, tolerance).map(sideLabel).join(' vs ')}`;
  const evidence: Evidence[] = sortEvidence(cited.map((f) => quantityEvidence(f.claim, f.q)));
  // A cluster is named only when every cited figure's claim lies in it.
  const clusters = new Set(cited.map((f) => clusterIdOf(f.claim.id)));
  const clusterId = clusters.size === 1 ? [...clusters][0] : undefined;
  return { kind: 'numeric-conflict', severity: conflictSeverity(worst), summary, ...(clusterId && { clusterId }), evidence };
}

/** A growing count raised by a later article, said once so an editor can see the figure moved. */
function updateDiagnostic(p: FigurePair, publishedAtOf: (articleId: string) => string | undefined): Diagnostic {
  const [earlier, later] = byPublication(p, publishedAtOf)!;
  const when = (f: Figure) => `${f.claim.articleId}, ${publishedAtOf(f.claim.articleId)?.slice(0, 10)}`;
  return {
    articleId: later.claim.articleId,
    rule: 'figure-update',
    message: `The ${later.q.subject} count rose from "${formatFigure(earlier.q)}" (${when(earlier)}) to "${formatFigure(later.q)}" (${when(later)}): read as an update, not a conflict`,
    span: { ...later.q.span },
  };
}
