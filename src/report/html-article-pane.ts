/**
 * The article panes: each article's full text with its claims marked (linked
 * to their cluster and findings) and every evidence span marked with the
 * findings it supports, built from flat segments so nested spans stay valid.
 */
import type { ReportArticle, ReportClaim, Span } from '../types';
import type { HtmlContext } from './html-context';
import { escapeHtml } from './html-escape';
import { buildSegments, type ClaimRanges, type Segment } from './html-segments';

/** A claim may carry `parts` (a discontinuous claim); older reports do not. */
type MaybeParts = ReportClaim & { parts?: readonly Span[] };

interface EvidenceMark {
  span: Span;
  /** DOM id of the finding, and of this piece of evidence within it. */
  finding: string;
  token: string;
  /** True when the evidence is a whole claim rather than a figure or name inside one: marked more quietly. */
  whole: boolean;
}

function claimRanges(claim: MaybeParts): ClaimRanges {
  const parts = Array.isArray(claim.parts) && claim.parts.length > 0 ? claim.parts : [claim.span];
  return { ranges: parts, extent: claim.span.end - claim.span.start };
}

function evidenceMarks(ctx: HtmlContext, articleId: string): EvidenceMark[] {
  return ctx.report.findings.flatMap((f) => {
    const finding = ctx.findingDomId(f);
    return f.evidence.flatMap((e, i) => {
      if (e.articleId !== articleId) return [];
      const claim = ctx.claim(e.claimId);
      const whole = claim !== undefined && claim.span.start === e.span.start && claim.span.end === e.span.end;
      return [{ span: e.span, finding, token: `${finding}.${i}`, whole }];
    });
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** What a reader learns hovering a claim, and what the script shows in the status line on click. */
function claimInfo(ctx: HtmlContext, claim: ReportClaim): string {
  const cluster = ctx.clusterOf(claim.id);
  const findings = ctx.findingsOfClaim(claim.id).length;
  const parts = [`Claim ${claim.id}`];
  if (cluster) {
    const sources = cluster.independentSources === 1 ? 'source' : 'sources';
    const claims = cluster.claimIds.length === 1 ? 'claim' : 'claims';
    parts.push(`cluster ${cluster.id}: ${cluster.claimIds.length} ${claims}, ${cluster.independentSources} independent ${sources}`);
  }
  parts.push(findings === 0 ? 'in no finding' : `in ${findings} finding${findings === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function openClaim(ctx: HtmlContext, claim: ReportClaim): string {
  const cluster = ctx.clusterOf(claim.id);
  const findings = ctx.findingsOfClaim(claim.id);
  const classes = ['claim'];
  if (cluster && cluster.independentSources >= 2) classes.push('corroborated');
  if (findings.length > 0) classes.push('flagged');
  const attrs = [
    `class="${classes.join(' ')}"`,
    `data-claim="${ctx.claimDomId(claim)}"`,
    cluster ? `data-cluster="${ctx.clusterDomId(cluster)}"` : '',
    findings.length > 0 ? `data-findings="${findings.join(' ')}"` : '',
    'tabindex="0"',
    'role="button"',
    `title="${escapeHtml(claimInfo(ctx, claim))}"`,
  ];
  return `<span ${attrs.filter((a) => a !== '').join(' ')}>`;
}

function segmentHtml(text: string, seg: Segment, marks: readonly EvidenceMark[], skipped: ReportArticle['skipped']): string {
  let html = escapeHtml(text.slice(seg.start, seg.end));
  if (seg.evidence.length > 0) {
    const pieces = seg.evidence.map((i) => marks[i] as EvidenceMark);
    const findings = unique(pieces.map((m) => m.finding)).join(' ');
    const tokens = unique(pieces.map((m) => m.token)).join(' ');
    const cls = pieces.every((m) => m.whole) ? 'ev wide' : 'ev';
    html = `<mark class="${cls}" data-ev="${findings}" data-evi="${tokens}">${html}</mark>`;
  }
  if (seg.skipped !== undefined) {
    const reason = skipped[seg.skipped]?.reason ?? '';
    html = `<span class="skip" title="${escapeHtml(`Skipped: ${reason}`)}">${html}</span>`;
  }
  return html;
}

/** The article text as HTML: claim elements hold evidence marks; nothing overlaps. */
export function articleTextHtml(ctx: HtmlContext, article: ReportArticle, text: string): string {
  const claims: MaybeParts[] = ctx.claimsOf(article.id);
  const marks = evidenceMarks(ctx, article.id);
  const skipped = Array.isArray(article.skipped) ? article.skipped : [];
  const segments = buildSegments(text, {
    claims: claims.map(claimRanges),
    evidence: marks.map((m) => m.span),
    skipped: skipped.map((s) => s.span),
  });
  let html = '';
  let open: number | undefined;
  for (const seg of segments) {
    if (seg.claim !== open) {
      if (open !== undefined) html += '</span>';
      if (seg.claim !== undefined) html += openClaim(ctx, claims[seg.claim] as ReportClaim);
      open = seg.claim;
    }
    html += segmentHtml(text, seg, marks, skipped);
  }
  return open === undefined ? html : `${html}</span>`;
}

function paneHead(ctx: HtmlContext, article: ReportArticle): string {
  const source = ctx.source(article.id);
  const title = escapeHtml(source ?? article.id);
  const meta = [source ? escapeHtml(article.id) : '', escapeHtml(article.publishedAt ?? ''), `${article.claimCount} claims`]
    .filter((m) => m !== '')
    .join(' · ');
  return `<header class="pane-head"><h2>${title}</h2><p class="meta">${meta}</p></header>`;
}

function pane(ctx: HtmlContext, article: ReportArticle, index: number): string {
  const text = ctx.text(article.id);
  const body =
    text === undefined
      ? '<p class="missing">The article text was not supplied.</p>'
      : articleTextHtml(ctx, article, text);
  return `<section class="pane" id="a${index}" aria-label="${escapeHtml(ctx.source(article.id) ?? article.id)}">${paneHead(ctx, article)}<div class="pane-body">${body}</div></section>`;
}

/** Layout class by number of articles: up to three side by side, more in two columns. */
function panesClass(count: number): string {
  if (count <= 3) return `panes panes-${count}`;
  return count === 4 ? 'panes panes-4' : 'panes panes-many';
}

export function articlePanes(ctx: HtmlContext): string {
  const { articles } = ctx.report;
  if (articles.length === 0) return '<div class="panes panes-0"><p class="missing">No articles.</p></div>';
  return `<div class="${panesClass(articles.length)}">${articles.map((a, i) => pane(ctx, a, i)).join('')}</div>`;
}
