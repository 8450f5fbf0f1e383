/** The finding sections of the Markdown report: conflicts, contested, single-source, name variants. */
import type { Evidence, Finding, FindingKind, Severity } from '../types';
import type { MarkdownContext } from './markdown-context';
import { quoteEvidence } from './markdown-quote';
import { escapeInline, escapeMarkdown, formatSpan } from './markdown-text';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Findings of the given kinds, most severe first; report order otherwise (sort is stable). */
export function findingsOfKinds(findings: readonly Finding[], kinds: readonly FindingKind[]): Finding[] {
  return findings
    .filter((f) => kinds.includes(f.kind))
    .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3));
}

function findingLine(finding: Finding): string {
  return `- **${finding.severity}** · ${escapeMarkdown(finding.summary)}`;
}

/** The figure a source gave: its own words when they differ from the quoted sentence, else value and unit. */
function figureOf(evidence: Evidence, ctx: MarkdownContext): string | undefined {
  const claim = ctx.claim(evidence.claimId);
  if (claim !== undefined && evidence.text !== claim.text) return escapeInline(evidence.text.trim());
  if (evidence.value === undefined) return undefined;
  return escapeInline(evidence.unit ? `${evidence.value} ${evidence.unit}` : String(evidence.value));
}

function conflictEvidenceLine(evidence: Evidence, ctx: MarkdownContext): string {
  const figure = figureOf(evidence, ctx);
  const says = figure === undefined ? '' : ` ${figure} —`;
  return `  - ${ctx.sourceLabel(evidence.articleId)}:${says} ${quoteEvidence(evidence, ctx)} (${formatSpan(evidence.span)})`;
}

function plainEvidenceLine(evidence: Evidence, ctx: MarkdownContext): string {
  return `  - ${ctx.sourceLabel(evidence.articleId)}: ${quoteEvidence(evidence, ctx)} (${formatSpan(evidence.span)})`;
}

/** Numeric and date conflicts: each source's figure and the sentence it stands in. */
export function conflictsSection(ctx: MarkdownContext): string[] {
  return findingsOfKinds(ctx.report.findings, ['numeric-conflict', 'date-conflict']).flatMap((f) => [
    findingLine(f),
    ...f.evidence.map((e) => conflictEvidenceLine(e, ctx)),
  ]);
}

/** Contested or single-source claims: the summary and the sentences behind it. */
export function claimFindingsSection(ctx: MarkdownContext, kind: FindingKind): string[] {
  return findingsOfKinds(ctx.report.findings, [kind]).flatMap((f) => [
    findingLine(f),
    ...f.evidence.map((e) => plainEvidenceLine(e, ctx)),
  ]);
}

/** One line per source and spelling; repeats of the same spelling by one source are counted, not listed. */
function spellingLines(evidence: readonly Evidence[], ctx: MarkdownContext): string[] {
  const seen = new Map<string, { evidence: Evidence; count: number }>();
  for (const e of evidence) {
    const key = JSON.stringify([e.articleId, e.text]);
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    else seen.set(key, { evidence: e, count: 1 });
  }
  return [...seen.values()].map(({ evidence: e, count }) => {
    const times = count > 1 ? `, ${count} times` : '';
    return `  - ${ctx.sourceLabel(e.articleId)} writes “${escapeInline(e.text.trim())}” (${formatSpan(e.span)}${times})`;
  });
}

/** Name variants: which spelling each source used. */
export function nameVariantsSection(ctx: MarkdownContext): string[] {
  return findingsOfKinds(ctx.report.findings, ['name-variant']).flatMap((f) => [
    findingLine(f),
    ...spellingLines(f.evidence, ctx),
  ]);
}
