/**
 * The findings column below the summary: one section per kind of result, in
 * the order the Markdown report uses (disagreements first, then support, then
 * housekeeping). Empty sections are left out.
 */
import type { FindingKind, ReportArticle, ReportCluster } from '../types';
import { byCodeUnit } from '../internal/by-code-unit';
import type { HtmlContext } from './html-context';
import { escapeHtml } from './html-escape';
import { findingCard } from './html-finding-card';
import { findingsOfKinds } from './markdown-findings';
import { collapseWhitespace, formatSpan } from './markdown-text';

/** Section anchors, titles and the finding kinds each holds; the summary bar links to these anchors. */
export const FINDING_SECTIONS: readonly { anchor: string; title: string; noun: string; kinds: FindingKind[] }[] = [
  { anchor: 'sec-conflicts', title: 'Conflicts', noun: 'conflict', kinds: ['numeric-conflict', 'date-conflict'] },
  { anchor: 'sec-contested', title: 'Contested claims', noun: 'contested claim', kinds: ['contested'] },
  { anchor: 'sec-single-source', title: 'Single-source claims', noun: 'single-source claim', kinds: ['single-source'] },
  { anchor: 'sec-name-variants', title: 'Name variants', noun: 'name variant', kinds: ['name-variant'] },
];

function section(anchor: string, title: string, body: string): string {
  return `<section class="block" id="${anchor}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function clusterItem(ctx: HtmlContext, cluster: ReportCluster): string {
  // The first claim that resolves stands for the cluster: claim order is the report's, so this is stable.
  const claim = cluster.claimIds.map((id) => ctx.claim(id)).find((c) => c !== undefined);
  if (!claim) return '';
  const count = cluster.independentSources;
  const noun = count === 1 ? 'source' : 'sources';
  const sources = cluster.articleIds.map((id) => ctx.sourceLabel(id)).join('; ');
  return (
    `<li class="cluster-item" data-cluster="${ctx.clusterDomId(cluster)}" tabindex="0" role="button">` +
    `<q>${escapeHtml(collapseWhitespace(claim.text).trim())}</q>` +
    `<span class="count">${count} independent ${noun}</span><span class="who">${sources}</span></li>`
  );
}

function corroborated(ctx: HtmlContext): string {
  const items = ctx.report.clusters
    .filter((c) => c.independentSources >= 2)
    .sort((a, b) => b.independentSources - a.independentSources)
    .map((c) => clusterItem(ctx, c))
    .filter((item) => item !== '');
  return items.length === 0 ? '' : section('sec-corroborated', 'Corroborated claims', `<ul class="clusters">${items.join('')}</ul>`);
}

function skippedCounts(article: ReportArticle): string {
  const counts = new Map<string, number>();
  for (const s of article.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([reason, n]) => `${n} × ${escapeHtml(reason)}`)
    .join(', ');
}

function skipped(ctx: HtmlContext): string {
  const items = ctx.report.articles
    .filter((a) => Array.isArray(a.skipped) && a.skipped.length > 0)
    .map((a) => `<li>${ctx.sourceLabel(a.id)}: ${skippedCounts(a)}</li>`);
  return items.length === 0 ? '' : section('sec-skipped', 'Skipped text', `<details><summary>What was left out, and why</summary><ul class="plain">${items.join('')}</ul></details>`);
}

function diagnostics(ctx: HtmlContext): string {
  const items = ctx.report.diagnostics.map((d) => {
    const where = [d.articleId === undefined ? '' : ctx.sourceLabel(d.articleId), d.span ? formatSpan(d.span) : '']
      .filter((p) => p !== '')
      .join(', ');
    return `<li><code>${escapeHtml(d.rule)}</code> ${escapeHtml(d.message)}${where ? ` <span class="where">(${where})</span>` : ''}</li>`;
  });
  return items.length === 0 ? '' : section('sec-diagnostics', 'Diagnostics', `<details><summary>${items.length} non-fatal problem${items.length === 1 ? '' : 's'}</summary><ul class="plain">${items.join('')}</ul></details>`);
}

/** Every section of the findings column, in reading order. */
export function sectionsHtml(ctx: HtmlContext): string {
  const parts: string[] = [];
  if (ctx.report.findings.length === 0) parts.push('<p class="none">No disagreements found.</p>');
  for (const { anchor, title, kinds } of FINDING_SECTIONS) {
    const findings = findingsOfKinds(ctx.report.findings, kinds);
    if (findings.length > 0) parts.push(section(anchor, title, findings.map((f) => findingCard(ctx, f)).join('')));
  }
  parts.push(corroborated(ctx), skipped(ctx), diagnostics(ctx));
  return parts.join('');
}
