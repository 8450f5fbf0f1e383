/**
 * Scores numeric-conflict findings against the generator's ground truth.
 *
 * Matching rule (also in bench/RESULTS.md): a finding matches an alteration
 * when its evidence holds one figure from an article that states the original
 * value and one from an article that states the altered value (values equal
 * within 1%, which absorbs mile/km rounding; units of one family when the
 * evidence names one: 'people' and 'count' are one family). A finding is a true positive when it matches at least one
 * alteration; an alteration is found when at least one finding matches it.
 */
import type { Finding } from '../src/types';
import { sameUnitFamily, type Alteration, type GroundTruth } from './corpus/types';

export interface Score {
  findings: number;
  truePositives: number;
  falsePositives: number;
  /** False positives whose evidence spans articles of more than one story. */
  crossStory: number;
  alterations: number;
  found: number;
  precision: number;
  recall: number;
}

const close = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));

function matches(finding: Finding, a: Alteration, original: Set<string>, altered: Set<string>): boolean {
  const unitOk = (u: string | undefined) => sameUnitFamily(u, a.unit);
  const hasOriginal = finding.evidence.some((e) => original.has(e.articleId) && close(e.value, a.originalValue) && unitOk(e.unit));
  const hasAltered = finding.evidence.some((e) => altered.has(e.articleId) && close(e.value, a.alteredValue) && unitOk(e.unit));
  return hasOriginal && hasAltered;
}

/** The story of an article id ("s0012-a03" -> "s0012"). */
export const storyOf = (articleId: string): string => articleId.slice(0, articleId.indexOf('-'));

export function scoreFindings(findings: readonly Finding[], truth: GroundTruth): Score {
  const conflicts = findings.filter((f) => f.kind === 'numeric-conflict');
  // Alterations by story, so each finding is checked only against its own stories.
  const byStory = new Map<string, { a: Alteration; original: Set<string>; altered: Set<string> }[]>();
  for (const a of truth.alterations) {
    const list = byStory.get(a.storyId) ?? [];
    list.push({ a, original: new Set(a.originalArticleIds), altered: new Set(a.alteredArticleIds) });
    byStory.set(a.storyId, list);
  }
  const found = new Set<Alteration>();
  let truePositives = 0;
  let crossStory = 0;
  for (const f of conflicts) {
    const stories = new Set(f.evidence.map((e) => storyOf(e.articleId)));
    let hit = false;
    for (const s of stories) {
      for (const entry of byStory.get(s) ?? []) {
        if (matches(f, entry.a, entry.original, entry.altered)) {
          hit = true;
          found.add(entry.a);
        }
      }
    }
    if (hit) truePositives++;
    else if (stories.size > 1) crossStory++;
  }
  const alterations = truth.alterations.length;
  return {
    findings: conflicts.length,
    truePositives,
    falsePositives: conflicts.length - truePositives,
    crossStory,
    alterations,
    found: found.size,
    precision: conflicts.length === 0 ? 1 : truePositives / conflicts.length,
    recall: alterations === 0 ? 1 : found.size / alterations,
  };
}

export interface CopyScore {
  /** Copy pairs the library reported (near-duplicate diagnostics). */
  reported: number;
  /** Reported pairs that belong to one wire story: a source and its copies. */
  correct: number;
  /** Recorded copies whose source the library put in the same group. */
  found: number;
  copies: number;
}

/**
 * Wire-copy detection: the near-duplicate diagnostics (article `b` shares its
 * text with "a", named in the message) against the recorded copies. Copies of
 * one source are copies of each other too, so groups are compared, not pairs.
 */
export function scoreCopies(diagnostics: readonly { articleId?: string; rule: string; message: string }[], truth: GroundTruth): CopyScore {
  const truthGroup = new Map<string, string>();
  for (const c of truth.copies) {
    truthGroup.set(c.articleId, c.copyOf);
    truthGroup.set(c.copyOf, c.copyOf);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  let reported = 0;
  let correct = 0;
  for (const d of diagnostics) {
    const other = d.rule === 'near-duplicate' ? /"([^"]+)"/.exec(d.message)?.[1] : undefined;
    if (!other || !d.articleId) continue;
    reported++;
    const g = truthGroup.get(d.articleId);
    if (g !== undefined && g === truthGroup.get(other)) correct++;
    parent.set(find(d.articleId), find(other));
  }
  const found = truth.copies.filter((c) => find(c.articleId) === find(c.copyOf)).length;
  return { reported, correct, found, copies: truth.copies.length };
}
