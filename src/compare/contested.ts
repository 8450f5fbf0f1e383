import type { Claim, Finding } from '../types';
import { APPOSITIVE_STATEMENT_NOUNS } from '../claims/word-lists';
import { claimEvidence } from './quantity-evidence';
import { joinNames, shortQuote } from './summary-text';
import { groupBy } from '../internal/group-by';
import type { AlikeMate } from './alike-mates';
import { rejectionSubjectWords, restatesRejection } from './restates-rejection';
import { reasonStart, rejectionReason, restatesReason } from './restates-reason';
import { accuses, answeredAccusation } from './answered-accusation';
import { ownStance } from './own-stance';
import { claimContent } from '../cluster/claim-content';
import { claimOwnText } from '../claims/claim-own-text';
import { contextTerm } from './context-synonyms';
import { tokenized } from '../claims/tokenize';
import { hasPronounVerdict } from '../claims/rejection-verdicts';

/** The mates of a claim whose similarity to it reaches a bar, in mate order. */
type AlikeTo = (a: Claim, mates: readonly Claim[], minSimilarity: number) => AlikeMate[];

/** Pointers to an outcome ("rejected the results", "will challenge the count"): what they answer carries a figure. */
const POINTS_TO_OUTCOME = /\b(?:this|that|these|those|the)\s+(?:[\w-]+\s+)?(?:results?|count|tally|outcome|findings|vote|election)\b/i;
/** "rejected this statement", "dismissed the reports", "rejected the contractor's claim", "denied their account". */
const POINTS_TO_STATEMENT =
  /\b(?:(?:this|that|these|those|the|such)\s+(?:[\w-]+['’]s?\s+)?|(?:his|her|their|its)\s+)(?:claims?|statements?|reports?|assertions?|allegations?|figures?|accounts?|accusations?|charges|remarks?|comments?|suggestions?|explanations?|arguments?|theory|theories)\b(?!\s+that\b)/i;
/** Pointers to what someone said ("rejected the allegation", "denied his account"), not to a report or figures. */
const POINTS_TO_SAID = /\b(?:claims?|statements?|assertions?|allegations?|accounts?|accusations?|remarks?|comments?|suggestions?|explanations?|arguments?)\b/i;
/** "rejected the allegations", "denied the charges": they answer an accusation or a charge first. */
const POINTS_TO_ACCUSATION = /\b(?:this|that|these|those|the|such)\s+(?:allegations?|accusations?|charges)\b/i;
/** "denied the charges" with no charge or accusation just before: the charges are the case itself, not the claim before. */
const POINTS_TO_CHARGES = /\b(?:the|these|those|such)\s+charges\b/i;

/** "..., a claim the ministry has rejected": an appositive verdict cut off from the claim it names (see appositiveRejection). */
const APPOSITIVE_VERDICT = new RegExp(`^(?:a|an)\\s+(?:${[...APPOSITIVE_STATEMENT_NOUNS].join('|')})\\b`, 'i');
/** "denied it", "rejected that." (not "denied that ..."). */
const POINTING_PRONOUN = /\b(?:denied|rejected|dismissed|disputed|refuted)\s+(?:it|this|them|that(?=\s*(?:[.,;:!?"'”’)]|$)|\s+as\b))\b/i;

/** "denied receiving any such request", "no such letter", "such a promise": "such" names what was just said. */
const POINTS_TO_SUCH = /\b(?:(?:any|no)\s+such\s+|such\s+an?\s+)[\w-]+/i;

/**
 * A rejection that points back instead of restating what it rejects:
 * "officials rejected this statement", "the ministry denied it", "rejected
 * that." A "that" opening a clause ("denied that the rescue was late") is
 * no pointer: the clause says itself what is denied. Rejecting "the
 * results", "the count" or "the vote" points back to the outcome reported,
 * and so does "any such request".
 */
const POINTS_BACK = new RegExp(`${POINTS_TO_STATEMENT.source}|${POINTS_TO_OUTCOME.source}|${POINTING_PRONOUN.source}|${APPOSITIVE_VERDICT.source}|${POINTS_TO_SUCH.source}`, 'i');

/** A verdict that an outcome was sound ("the vote was free and fair"): what a rejection of the results answers when no figure is near. */
const SOUND_VERDICT = /\b(?:free|fair|orderly|honest|transparent|credible|legitimate|valid|accurate)\b/i;

/** A rejection that carries the denied statement itself: "denied that any staff had left". */
const DENIES_CLAUSE = /\b(?:denied|denies|deny|disputed|disputes)\s+that\s+\w/i;

/** How many claims back a pointing rejection may reach for what it rejects. */
const LOOK_BACK = 3;

/**
 * How many claims back "denied that ..." may reach: further than a pointing
 * rejection, since it names what it denies and a claim must share a word of
 * it; an accuser's quotes often stand between ("the company released water
 * too late", two quotes, then "X denied that the release was delayed").
 */
const DENIED_LOOK_BACK = 6;

/**
 * Whether a claim can be what a rejection of "the election" or "the results"
 * answers: one that reports the outcome, with a figure or a verdict that it
 * was sound, not any alike claim ("The two will face each other on June 2").
 */
function answersOutcome(target: Claim): boolean {
  return target.quantities.some((q) => q.unit !== 'date') || SOUND_VERDICT.test(target.text);
}

export function pointsBack(text: string): boolean {
  // "The department says that never happened": the pronoun stands for the claim before.
  return POINTS_BACK.test(text) || hasPronounVerdict(tokenized(text).words);
}

/**
 * The claims that accuse or charge, when any do; else all of them (an
 * allegation may be put without the word: "safety was traded for profit,"
 * she said), or none for charges, which name the case itself.
 */
function accusingFirst(near: readonly Claim[], charges: boolean): readonly Claim[] {
  const first = near.findIndex(accuses);
  if (first < 0) return charges ? [] : near;
  // What an accuser is reported saying after the accusation is named is its content: "The most
  // serious allegation has come from X." "X says the sensors were switched off."
  return near.filter((c, i) => accuses(c) || (i > first && !!c.attribution && !c.quoted));
}

/** Whether claim `at` of `claims` is a direct quote right after a reported (unquoted) statement. */
function backsReportedStatement(claims: readonly Claim[], at: number): boolean {
  const quote = claims[at]!;
  const reported = claims[at - 1];
  return quote.quoted && !!quote.attribution && reported !== undefined && !!reported.attribution && !reported.quoted;
}

/**
 * The claims a pointing rejection answers: the nearest earlier claim of the
 * same article that states something, with the clauses before it that the
 * same speaker said in the same breath ("X said A and that B" is one
 * statement, and rejecting it rejects both).
 */
function antecedents(rejection: Claim, articleClaims: readonly Claim[]): Claim[] {
  const near = articleClaims.filter((c) => c.span.end <= rejection.span.start && !c.rejects).slice(-LOOK_BACK);
  const before = POINTS_TO_ACCUSATION.test(rejection.text) ? accusingFirst(near, POINTS_TO_CHARGES.test(rejection.text)) : near;
  // An outcome rejected ("the results") was reported with its figures or called sound: another claim is not it.
  const outcome = POINTS_TO_OUTCOME.test(rejection.text);
  let at = -1;
  // "rejected the allegation": something someone said, so a claim with a speaker comes before a narrated one.
  if (!outcome && POINTS_TO_SAID.test(rejection.text)) {
    for (let i = before.length - 1; i >= 0 && at < 0; i--) if (someoneSays(before[i]!)) at = i;
  }
  for (let i = before.length - 1; i >= 0 && at < 0; i--) {
    const c = before[i]!;
    // A lifted clause describes a name in passing ("Renewal, which held only five seats"): not the outcome reported.
    if (outcome && c.antecedent) continue;
    const figure = c.quantities.some((q) => q.unit !== 'date');
    // An accusation is a statement too, though "accused X of Y, saying Z" has no speaker of its own.
    if (figure || (outcome ? SOUND_VERDICT.test(c.text) : !!c.attribution || accuses(c))) at = i;
  }
  if (at < 0) return before.length > 0 && !outcome ? [before[before.length - 1]!] : [];
  const said = before[at]!.attribution?.span?.start;
  let [first, last] = [at, at];
  while (said !== undefined && first > 0 && before[first - 1]!.attribution?.span?.start === said) first--;
  while (said !== undefined && last < before.length - 1 && before[last + 1]!.attribution?.span?.start === said) last++;
  // A quote that backs a statement reported just before it ("The group said the firm kept the lake full to sell
  // power." "Safety was traded for megawatt-hours," its director said.) is one allegation with it.
  if (backsReportedStatement(before, first)) first--;
  return before.slice(first, last + 1).reverse();
}

/** A reporting verb opening a claim whose speaker stayed in the clause before ("... and said it had taken 1.8 terabytes"). */
const OPENS_WITH_SAYING = /^(?:said|says|claimed|claims|told|alleged|alleges|insisted|insists)\b/i;

/**
 * Whether a claim is something someone says: it has a speaker, or opens with
 * the reporting verb of one named just before, or accuses. A lifted relative
 * clause ("which is owned by the province") only describes, whoever speaks.
 */
function someoneSays(c: Claim): boolean {
  if (c.antecedent) return false;
  return !!c.attribution || OPENS_WITH_SAYING.test(c.text) || accuses(c);
}

/**
 * The claim a "denied that ..." rejection answers: the earlier one that
 * shares most content words with the denied clause (words news uses for one
 * another, like lapsed and expired, count as one), the nearest of those that
 * share as many. The clause says what is denied, so a claim with none of its
 * words ("X shipped 3 million tonnes") is not it, however near; nor is a
 * nearer quote that shares one word of it where an earlier claim shares two.
 */
function deniedClauseTarget(rejection: Claim, articleClaims: readonly Claim[]): Claim | undefined {
  const clauseWords = deniedClauseWords(rejection);
  if (clauseWords.size === 0) return undefined;
  const before = articleClaims.filter((c) => c.span.end <= rejection.span.start && !c.rejects).slice(-DENIED_LOOK_BACK);
  let best: Claim | undefined;
  let most = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const shared = new Set(claimContent(before[i]!).lemmas.map(contextTerm).filter((w) => clauseWords.has(w))).size;
    if (shared > most) [best, most] = [before[i], shared];
  }
  return best;
}

/**
 * Content words of the clause after "denied that", names left out: "Kestan
 * mills" of the denier's own country is no sign of what it denies.
 */
function deniedClauseWords(rejection: Claim): ReadonlySet<string> {
  const text = claimOwnText(rejection);
  const m = DENIES_CLAUSE.exec(text);
  const { lemmas, starts } = claimContent(rejection);
  const words = new Set<string>();
  if (!m) return words;
  const from = m.index + m[0].length - 1;
  // The clause ends where the reason starts: "denied that the release was late, saying the rules ..." denies lateness.
  const reasonAt = reasonStart(text);
  const to = reasonAt > from ? reasonAt : text.length;
  for (let k = 0; k < lemmas.length; k++) {
    const at = starts[k]!;
    if (at >= from && at < to && !isCapital(text.charCodeAt(at))) words.add(contextTerm(lemmas[k]!));
  }
  return words;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Similarity a restating rejection needs to a claim to be taken as answering it (as for clustering). */
export const REJECTION_SIMILARITY = 0.28;

/**
 * The claims a restating rejection answers: positive claims clustered with it
 * that are themselves alike to it, the most alike one per article, leaving
 * out those that retell the rejection itself (see restatesRejection). A cluster
 * grows by chains of alike pairs, so in a large one most members share
 * little with a given rejection; naming every member would flood the report.
 */
function clusteredTargets(
  rejection: Claim,
  clusterMates: readonly Claim[],
  alikeTo: AlikeTo,
  counterClaim: (c: Claim) => boolean,
  isPast: (c: Claim) => boolean,
): Claim[] {
  const alike = alikeTo(rejection, clusterMates, REJECTION_SIMILARITY);
  // Most rejections have no alike mate: their subject is read only when one has.
  const subjectWords = alike.length > 0 ? rejectionSubjectWords(rejection) : undefined;
  const reason = alike.length > 0 ? rejectionReason(rejection) : undefined;
  const best = new Map<string, { claim: Claim; sim: number }>();
  for (const { claim: c, similarity: sim } of alike) {
    if (c.id === rejection.id || c.rejects || c.negated || counterClaim(c)) continue;
    // "In 2018, the Saltmarsh fire was blamed on a power line" is not what "denied that its line started the fire" answers.
    if (isPast(c) && !isPast(rejection)) continue;
    if (subjectWords && restatesRejection(c, subjectWords)) continue;
    if (reason && restatesReason(c, reason)) continue;
    const current = best.get(c.articleId);
    if (!current || sim > current.sim) best.set(c.articleId, { claim: c, sim });
  }
  return [...best.values()].map((b) => b.claim);
}

/** Characters between a rejection and the clause that goes on from it (" and ", ", "). */
const CONTINUATION_GAP = 6;

/**
 * Whether a claim goes on from a rejection in the same sentence: "officials
 * rejected the charges and accused Alderland of stoking feeling" splits into
 * the rejection and its speaker's counter-accusation, which is the rejecting
 * side's own stance, not a claim another outlet's rejection answers.
 */
function continuesRejection(claim: Claim, articleClaims: readonly Claim[]): boolean {
  return articleClaims.some((r) => {
    if (!r.rejects) return false;
    const gap = claim.span.start - r.span.end;
    return gap >= 0 && gap <= CONTINUATION_GAP;
  });
}

/**
 * contested: a claim that the same or another source rejects or denies.
 * Severity is high when the disputed claim carries a figure.
 */
export function findContested(
  claims: readonly Claim[],
  clusterMatesOf: (claim: Claim) => readonly Claim[],
  clusterIdOf: (claim: Claim) => string | undefined,
  /** The mates alike enough to a claim, in mate order (see alikeMates). */
  alikeTo: AlikeTo,
  /** Whether a claim tells of an event a year or more back (see aboutPastEvent): a rejection of the news does not answer it. */
  isPast: (claim: Claim) => boolean = () => false,
  /** Each article's origin: copies of one text that carry the same dispute make one finding. */
  originOf: (articleId: string) => string = (id) => id,
): Omit<Finding, 'id'>[] {
  // Grouped by article only once a rejection points back: most restate what they reject.
  let byArticle: Map<string, Claim[]> | undefined;
  const claimsOf = (articleId: string) => (byArticle ??= groupBy(claims, (c) => c.articleId)).get(articleId) ?? [];
  const findings: Omit<Finding, 'id'>[] = [];
  const seen = new Set<string>();
  // The finding made for each dispute, by the origins and texts of its claim and rejection (copies of one text share them), with the articles it cites.
  const byDispute = new Map<string, { finding: Omit<Finding, 'id'>; targets: string[]; rejecters: string[] }>();
  // Quoted once per claim: in a large story one claim is disputed by many rejections, each answering many claims.
  const quotes = new Map<Claim, string>();
  const quoteOf = (c: Claim) => {
    let quote = quotes.get(c);
    if (quote === undefined) quotes.set(c, (quote = shortQuote(c.text)));
    return quote;
  };
  for (const rejection of claims.filter((c) => c.rejects)) {
    const pointed = pointsBack(rejection.text) ? antecedents(rejection, claimsOf(rejection.articleId)) : [];
    const counterClaim = (c: Claim) => continuesRejection(c, claimsOf(c.articleId));
    let targets = pointed.length > 0 ? pointed : clusteredTargets(rejection, clusterMatesOf(rejection), alikeTo, counterClaim, isPast);
    if (pointed.length === 0 && targets.length > 0 && POINTS_TO_OUTCOME.test(rejection.text)) targets = targets.filter(answersOutcome);
    if (targets.length === 0) {
      // Nothing alike: an accusation just before is answered; else a denied clause ("denied that ...") answers
      // the statement just before it, as a pointing rejection does.
      const answered = answeredAccusation(rejection, claimsOf(rejection.articleId))
        ?? (DENIES_CLAUSE.test(rejection.text) ? deniedClauseTarget(rejection, claimsOf(rejection.articleId)) : undefined);
      if (answered) targets = [answered];
    }
    const rejectionQuote = shortQuote(rejection.text, 70);
    // "X rejected that claim. \"We have no evidence ...\"": the quote after a bare pointer says what is rejected.
    const elaboration = pointed.length > 0 ? quoteAfter(rejection, claimsOf(rejection.articleId)) : undefined;
    const evidenceOf = (t: Claim) => (elaboration ? [claimEvidence(t), claimEvidence(rejection), claimEvidence(t), claimEvidence(elaboration)] : [claimEvidence(t), claimEvidence(rejection)]);
    for (const t of targets) {
      const key = `${t.id}|${rejection.id}`;
      if (seen.has(key) || ownStance(t, rejection)) continue;
      seen.add(key);
      const dispute = `${originOf(t.articleId)}|${t.text}|${originOf(rejection.articleId)}|${rejection.text}`;
      const copied = byDispute.get(dispute);
      if (copied) {
        // A copy of a dispute already found (a wire story and its reprint): cited in the same finding.
        addOnce(copied.targets, t.articleId);
        addOnce(copied.rejecters, rejection.articleId);
        copied.finding.evidence.push(...evidenceOf(t));
        copied.finding.summary = disputedSummary(quoteOf(t), copied.targets, copied.rejecters, rejectionQuote);
        continue;
      }
      const hasFigure = t.quantities.some((q) => q.unit !== 'date');
      const finding: Omit<Finding, 'id'> = {
        kind: 'contested',
        severity: hasFigure ? 'high' : 'medium',
        summary: disputedSummary(quoteOf(t), [t.articleId], [rejection.articleId], rejectionQuote),
        clusterId: clusterIdOf(t),
        evidence: evidenceOf(t),
      };
      byDispute.set(dispute, { finding, targets: [t.articleId], rejecters: [rejection.articleId] });
      findings.push(finding);
    }
  }
  return findings;
}

/** Characters between a rejection and a quote that goes on from it: a space and an opening quote mark. */
const ELABORATION_GAP = 3;
const OPENS_QUOTE = /^["“‘']/;

/**
 * The quoted claim right after a rejection, in the same paragraph, when the
 * rejection only points back ("Szczesny rejected that claim." then "\"We have
 * no evidence that the full database was copied\""): it says what the
 * speaker rejects, so the finding cites it as a second rejection of the claim.
 */
function quoteAfter(rejection: Claim, articleClaims: readonly Claim[]): Claim | undefined {
  const next = articleClaims.find((c) => c.span.start >= rejection.span.end);
  if (!next || next.rejects || next.span.start - rejection.span.end > ELABORATION_GAP) return undefined;
  // A quote may close only in a later claim ("... copied. What we know ...," he said.): its opening mark is enough.
  return next.quoted || OPENS_QUOTE.test(next.text) ? next : undefined;
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** 'Disputed: "..." (wire) is rejected in radio: "..."', each side naming every copy that carries it. */
function disputedSummary(quote: string, targets: readonly string[], rejecters: readonly string[], rejectionQuote: string): string {
  return `Disputed: "${quote}" (${joinNames([...targets].sort())}) is rejected in ${joinNames([...rejecters].sort())}: "${rejectionQuote}"`;
}

