import type { Claim, Cluster, Diagnostic, Finding, FindingKind, ReportEntity } from '../types';
import { findDateConflicts, comparableDates } from './date-conflicts';
import { findNumericConflicts } from './numeric-conflicts';
import { entityTermTable, figureContext, readClaim } from './figure-context';
import { repeatedFigures } from './repeated-figures';
import { agreeingFigures } from './agreeing-figures';
import { declaredUpdates, updatesWithinArticles } from './updates-within';
import { nearestOutcome, outcomeWordsIn } from './figure-outcome';
import { aboutPastEvent, pastFigures, pastSetting } from './past-event';
import { isPartitive, isPartitiveWhole } from './partitive';
import { isPreviousValue } from './previous-value';
import { addRepeats, sameValueElsewhere } from './same-value-elsewhere';
import { preferSameNumber } from './prefer-same-number';
import { containedContext } from './contained-context';
import { crowdEstimatePairs } from './crowd-estimates';
import { candidatePairsOfIds, matchFigures, figureKey, figureKeyAt, DEFAULT_FIGURE_SIMILARITY, type Figure, type FigurePair } from './match-figures';
import { claimTerms } from '../cluster/claim-terms';
import { TermInterning } from '../cluster/term-ids';
import { alikeMates } from './alike-mates';
import { findContested } from './contested';
import { findSingleSource } from './single-source';
import { storyOrigins } from './story-origins';
import { indexClaims, type ClaimIndex } from './claim-index';
import { comparable } from './comparable-units';
import { figuresDisagree } from './exact-disagreement';
import { findNameVariants, type NameSighting } from './name-variants';
import { byCodeUnit } from '../internal/by-code-unit';
import { SEVERITIES } from '../internal/severities';

/** Options of `compareClusters`. */
export interface CompareOptions {
  /** Relative gap between two figures' intervals above which they conflict (default 0.05 = 5%); figures written exactly are held to a fifth of it (see exactDisagreement). */
  tolerance?: number;
  /** Entities grouped across articles, for name-variant findings. */
  entities?: readonly ReportEntity[];
  /** Canonical entity id of each name as written, from `groupEntities`. */
  idByName?: Readonly<Record<string, string>>;
  /** Context similarity at which two figures are taken to state the same fact (default 0.3). */
  figureSimilarity?: number;
  /** Names seen outside the claims (photo captions), for name-variant findings. */
  otherSightings?: readonly NameSighting[];
  /** Maps an article id to its origin, so a reprint's figure does not corroborate its original (default: the article id). */
  originOf?: (articleId: string) => string;
  /** Each article's publication day, so a later, higher death toll reads as an update, not a conflict. */
  publishedAtOf?: (articleId: string) => string | undefined;
  /** Days two outlets may differ on the date of one event before it is a date-conflict (default 0). */
  dateSlackDays?: number;
}

/** Relative gap between two figures above which they conflict when no tolerance is given (5%): $4.2bn against $4.5bn is a conflict, 1,000 against 1,040 is rounding. */
export const DEFAULT_TOLERANCE = 0.05;
export const DEFAULT_DATE_SLACK_DAYS = 0;
/** Dates need closer context than amounts: "on Thursday" says little about which event it dates. */
export const DATE_CONTEXT_SIMILARITY = 0.45;

const KIND_ORDER: readonly FindingKind[] = ['numeric-conflict', 'date-conflict', 'contested', 'single-source', 'name-variant'];

/** Findings in the order an editor reads them: kind, then severity, then where they start. */
function compareFindings(a: Omit<Finding, 'id'>, b: Omit<Finding, 'id'>): number {
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (byKind) return byKind;
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity) return bySeverity;
  const [ea, eb] = [a.evidence[0], b.evidence[0]];
  if (ea && eb && ea.articleId !== eb.articleId) return byCodeUnit(ea.articleId, eb.articleId);
  if (ea && eb && ea.span.start !== eb.span.start) return ea.span.start - eb.span.start;
  return byCodeUnit(a.summary, b.summary);
}

/** Every figure of the claims with its context terms. */
function allFigures(
  claims: readonly Claim[],
  idByName?: Readonly<Record<string, string>>,
  publishedAtOf: (articleId: string) => string | undefined = () => undefined,
): Figure[] {
  const entityTermOf = entityTermTable(idByName);
  const figures: Figure[] = [];
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    if (claim.quantities.length === 0) continue;
    // Read once per claim, not once per figure.
    const reading = readClaim(claim, entityTermOf);
    const outcomes = outcomeWordsIn(reading.content);
    const publishedAt = publishedAtOf(claim.articleId);
    const parent = claim.antecedent ? liftedFrom(claims, i) : undefined;
    // A clause describing something its sentence sets in the past is background as a whole.
    const past = parent && pastSetting(claim, parent, publishedAt) ? claim.quantities.map(() => true) : pastFigures(claim, publishedAt);
    claim.quantities.forEach((q, k) => {
      const figure: Figure = { claim, q, context: figureContext(reading, q), outcome: nearestOutcome(outcomes, claim, q), key: figureKeyAt(claim.articleId, q), past: past[k] ? 'earlier' : isPreviousValue(claim, q) ? 'previous' : undefined };
      if (isPartitive(claim, q)) figure.part = true;
      else if (isPartitiveWhole(claim, q)) figure.whole = true;
      figures.push(figure);
    });
  }
  return figures;
}

/** How far back a lifted clause's sentence is looked for: it comes just before the clause, or a few claims before. */
const PARENT_LOOKBACK = 4;

/** The claim of the same article a relative clause (claims[i]) was lifted from: the one whose text holds its antecedent. */
function liftedFrom(claims: readonly Claim[], i: number): Claim | undefined {
  const clause = claims[i]!;
  const { start, end } = clause.antecedent!.span;
  for (let k = i - 1; k >= Math.max(0, i - PARENT_LOOKBACK); k--) {
    const c = claims[k]!;
    if (c.articleId === clause.articleId && c.span.start <= start && end <= c.span.end) return c;
  }
  return undefined;
}

/** Whether two figures' claims lie in one cluster: clustering judged them one statement. */
function inOneCluster(index: ClaimIndex): (a: Figure, b: Figure) => boolean {
  return (a, b) => {
    const cluster = index.clusterOf(a.claim.id);
    return cluster !== undefined && cluster === index.clusterOf(b.claim.id);
  };
}

/** The figures that pass `keep`, each with its interned context (`contexts[k]` for `figures[k]`). */
function figuresWhere(figures: readonly Figure[], contexts: readonly Int32Array[], keep: (f: Figure) => boolean): { figures: Figure[]; contexts: Int32Array[] } {
  const out = { figures: [] as Figure[], contexts: [] as Int32Array[] };
  figures.forEach((f, k) => {
    if (!keep(f)) return;
    out.figures.push(f);
    out.contexts.push(contexts[k]!);
  });
  return out;
}

/** Name-variant findings over every mention in the claims and any other sightings (captions). */
export function nameVariantFindings(
  claims: readonly Claim[],
  entities: readonly ReportEntity[],
  idByName: Readonly<Record<string, string>>,
  otherSightings: readonly NameSighting[] = [],
): Omit<Finding, 'id'>[] {
  // Only names of entities written more than one way can make a finding: a sighting
  // object for every mention of a feed would mostly be made to be skipped.
  const varied = new Set<string>();
  for (const e of entities) if (e.variants.length >= 2) varied.add(e.id);
  const sightings: NameSighting[] = [];
  for (const c of claims) {
    for (const mention of c.mentions) {
      const id = idByName[mention.name];
      // The id goes along, so findNameVariants need not look the name up again.
      if (id !== undefined && varied.has(id)) sightings.push({ articleId: c.articleId, claimId: c.id, mention, entityId: id });
    }
  }
  for (const s of otherSightings) sightings.push(s);
  return findNameVariants(entities, sightings, idByName);
}

/** Findings sorted as an editor reads them, with ids `finding-1`, `finding-2`, ... in that order. */
export function inReadingOrder(findings: readonly Omit<Finding, 'id'>[]): Finding[] {
  return [...findings].sort(compareFindings).map((f, i) => ({ id: `finding-${i + 1}`, ...f }));
}

/**
 * Compares the claims of each cluster and across clusters: numeric conflicts,
 * contested claims, single-source claims and name variants. Findings get ids
 * in reading order, so the same input always gives the same ids.
 */
export function compareClusters(clusters: readonly Cluster[], claims: readonly Claim[], options: CompareOptions = {}): Finding[] {
  return compareAll(clusters, claims, options).findings;
}

/** `compareClusters`, with the diagnostics it noticed on the way (figures read as updates). */
export function compareAll(
  clusters: readonly Cluster[],
  claims: readonly Claim[],
  options: CompareOptions = {},
): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const { findings, diagnostics } = compareUnordered(clusters, claims, options);
  return { findings: inReadingOrder(findings), diagnostics };
}

/**
 * compareAll's findings as they are found, without ids: for a caller that
 * merges several comparisons (stories) and puts them in reading order once.
 */
export function compareUnordered(
  clusters: readonly Cluster[],
  claims: readonly Claim[],
  options: CompareOptions = {},
): { findings: Omit<Finding, 'id'>[]; diagnostics: Diagnostic[] } {
  const claimTermIds = new TermInterning();
  claimTermIds.add(claims.map(claimTerms));
  return compareInterned(clusters, claims, claimTermIds, options);
}

/**
 * Date pairs whose contexts are alike, or whose shorter context lies wholly
 * inside the other's (see containedContext), which need only the lower bar
 * clustered figures get: a short "The contract was signed on November 12"
 * dates the same signing as a long sentence about that contract.
 */
function dateCandidates(dated: { figures: Figure[]; contexts: Int32Array[] }, weights: Float64Array, clustered: (a: Figure, b: Figure) => boolean): FigurePair[] {
  const contained = (i: number, j: number) => containedContext(dated.contexts[i]!, dated.contexts[j]!);
  return candidatePairsOfIds(dated.figures, dated.contexts, weights, DATE_CONTEXT_SIMILARITY, comparableDates, clustered, contained);
}

/**
 * `compareUnordered` with the claims' terms already interned: `claimTermIds`
 * holds `claimTerms(claims[k])` as its k-th list and nothing more, as
 * clustering the same claims in the same order leaves it. It is extended with
 * the figure contexts here (so it cannot be used again).
 */
export function compareInterned(
  clusters: readonly Cluster[],
  claims: readonly Claim[],
  claimTermIds: TermInterning,
  options: CompareOptions = {},
): { findings: Omit<Finding, 'id'>[]; diagnostics: Diagnostic[] } {
  if (claimTermIds.ids.length !== claims.length) throw new Error('compareInterned: the interning must hold exactly the claims\' terms');
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const index = indexClaims(claims, clusters);
  const clusterIdOf = (id: string) => index.clusterOf(id)?.id;

  const everyFigure = allFigures(claims, options.idByName, options.publishedAtOf);
  // Claim terms and figure contexts weighed together (a term's weight counts
  // both kinds of list), for every comparison below.
  const contexts = claimTermIds.add(everyFigure.map((f) => f.context));
  const terms = claimTermIds.dfWeighted();
  const amounts = figuresWhere(everyFigure, contexts, (f) => f.q.unit !== 'date');
  const dated = figuresWhere(everyFigure, contexts, (f) => f.q.unit === 'date');
  const figures = amounts.figures;
  const figureBar = options.figureSimilarity ?? DEFAULT_FIGURE_SIMILARITY;
  const candidates = [
    ...candidatePairsOfIds(figures, amounts.contexts, terms.weights, figureBar, comparable, inOneCluster(index)),
    ...crowdEstimatePairs(figures, figureBar),
  ];
  const pairs = matchFigures(preferSameNumber(candidates));
  const agreeing = agreeingFigures({ figures, contexts: amounts.contexts, weights: terms.weights }, pairs);
  const numeric = findNumericConflicts(pairs, tolerance, clusterIdOf, options.publishedAtOf, repeatedFigures(figures), agreeing, declaredUpdates(figures));
  const datePairs = matchFigures(dateCandidates(dated, terms.weights, inOneCluster(index)));
  const dates = findDateConflicts(datePairs, options.dateSlackDays ?? DEFAULT_DATE_SLACK_DAYS, clusterIdOf);
  const originOf = options.originOf ?? ((id: string) => id);
  // Matched pairs (agreeing or not) and any agreeing candidate: an article may repeat a figure another outlet gives once.
  const figuresElsewhere = new Set<string>();
  const addAcrossOrigins = (p: FigurePair) => {
    if (originOf(p.a.claim.articleId) === originOf(p.b.claim.articleId)) return;
    figuresElsewhere.add(figureKey(p.a));
    figuresElsewhere.add(figureKey(p.b));
  };
  for (const p of pairs) addAcrossOrigins(p);
  for (const p of candidates) if (!figuresDisagree(p, tolerance)) addAcrossOrigins(p);
  for (const key of sameValueElsewhere(figures, originOf)) figuresElsewhere.add(key);
  addRepeats(figures, figuresElsewhere);
  const alikeTo = alikeMates(claims, terms.ids, terms.weights, (c) => index.positionOf(c.id));
  const isPast = (c: Claim) => aboutPastEvent(c, options.publishedAtOf?.(c.articleId));
  const contested = findContested(claims, (c) => index.matesOf(c.id), (c) => clusterIdOf(c.id), alikeTo, isPast, originOf);
  // The disputed claims: a contested finding cites each one (a copy's too) before its rejection.
  const contestedIds = new Set(contested.flatMap((f) => f.evidence.filter((_, k) => k % 2 === 0).map((e) => e.claimId)).filter((id): id is string => !!id));
  const originsInStory = storyOrigins(clusters, candidates, originOf);
  const single = findSingleSource(clusters, index.members, contestedIds, originsInStory, figuresElsewhere, originOf);
  const names = options.entities && options.idByName ? nameVariantFindings(claims, options.entities, options.idByName, options.otherSightings) : [];
  const risen = updatesWithinArticles({ figures, contexts: amounts.contexts, weights: terms.weights }, pairs, tolerance);
  return { findings: [...numeric.findings, ...dates, ...contested, ...single, ...names], diagnostics: risen.length > 0 ? [...numeric.diagnostics, ...risen] : numeric.diagnostics };
}
