/**
 * A finding as a card: severity, kind and summary, then one column per source
 * side by side, each quoting the sentence behind the evidence with the
 * disputed part marked. The card's DOM id ties it to the marks in the panes.
 */
import type { Evidence, Finding, FindingKind, ReportClaim } from '../types';
import type { HtmlContext } from './html-context';
import { escapeHtml } from './html-escape';
import { locateInClaim } from './markdown-quote';
import { collapseWhitespace, formatSpan } from './markdown-text';
import { isSeverity } from '../internal/severities';

export const KIND_LABELS: Record<FindingKind, string> = {
  'numeric-conflict': 'Numeric conflict',
  'date-conflict': 'Date conflict',
  contested: 'Contested',
  'single-source': 'Single source',
  'name-variant': 'Name variant',
};

interface Item {
  evidence: Evidence;
  /** The DOM token of this piece of evidence, matching `data-evi` in the panes. */
  token: string;
}

/** Evidence of one source that quotes the same sentence (or, for names, the same spelling). */
interface Quote {
  claim?: ReportClaim;
  items: Item[];
  times: number;
}

/** The figure a source gave: its own words when they differ from the quoted sentence, else value and unit. */
function figureOf(evidence: Evidence, claim: ReportClaim | undefined): string | undefined {
  if (claim !== undefined && evidence.text !== claim.text) return collapseWhitespace(evidence.text).trim();
  if (evidence.value === undefined) return undefined;
  return evidence.unit ? `${evidence.value} ${evidence.unit}` : String(evidence.value);
}

/** Groups the evidence into columns by article (first appearance order) and quotes within each. */
function columns(ctx: HtmlContext, finding: Finding): Map<string, Quote[]> {
  const byArticle = new Map<string, Map<string, Quote>>();
  finding.evidence.forEach((evidence, i) => {
    const token = `${ctx.findingDomId(finding)}.${i}`;
    const claim = ctx.claim(evidence.claimId);
    // A name is listed once per spelling per source; other evidence shares a quote when it cites the same claim.
    const key = finding.kind === 'name-variant' ? `n:${evidence.text}` : claim ? `c:${claim.id}` : `e:${i}`;
    const quotes = byArticle.get(evidence.articleId) ?? new Map<string, Quote>();
    byArticle.set(evidence.articleId, quotes);
    const quote = quotes.get(key);
    if (!quote) quotes.set(key, { claim, items: [{ evidence, token }], times: 1 });
    else if (finding.kind === 'name-variant') quote.times += 1;
    else quote.items.push({ evidence, token });
  });
  return new Map([...byArticle].map(([id, quotes]) => [id, [...quotes.values()]] as const));
}

/** The claim text with each evidence part marked; overlapping parts keep the earlier one. */
function markedSentence(claim: ReportClaim, items: readonly Item[]): string {
  const ranges = items
    .map((item) => locateInClaim(item.evidence, claim))
    .filter((r): r is [number, number] => r !== undefined)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    pieces.push(escapeHtml(collapseWhitespace(claim.text.slice(at, start))));
    pieces.push(`<mark class="ev">${escapeHtml(collapseWhitespace(claim.text.slice(start, end)))}</mark>`);
    at = end;
  }
  pieces.push(escapeHtml(collapseWhitespace(claim.text.slice(at))));
  return pieces.join('').trim();
}

function quoteHtml(quote: Quote): string {
  const first = quote.items[0] as Item;
  const figures = [...new Set(quote.items.map((i) => figureOf(i.evidence, quote.claim)).filter((f): f is string => !!f))];
  const chips = figures.map((f) => `<span class="figure">${escapeHtml(f)}</span>`).join('');
  const sentence = quote.claim
    ? markedSentence(quote.claim, quote.items)
    : escapeHtml(collapseWhitespace(first.evidence.text).trim());
  const times = quote.times > 1 ? `, ${quote.times} times` : '';
  const where = quote.items.map((i) => formatSpan(i.evidence.span)).join('; ') + times;
  const tokens = quote.items.map((i) => i.token).join(' ');
  return `<div class="quote" data-evi="${tokens}">${chips ? `<div class="figures">${chips}</div>` : ''}<blockquote>“${sentence}”</blockquote><p class="where">${escapeHtml(where)}</p></div>`;
}

function sourceColumn(ctx: HtmlContext, articleId: string, quotes: readonly Quote[]): string {
  return `<div class="source"><h4>${ctx.sourceLabel(articleId)}</h4>${quotes.map(quoteHtml).join('')}</div>`;
}

export function findingCard(ctx: HtmlContext, finding: Finding): string {
  const id = ctx.findingDomId(finding);
  // Only known severities become class names; anything else is still shown, escaped, in the badge.
  const sevClass = isSeverity(finding.severity) ? finding.severity : 'other';
  const severity = escapeHtml(finding.severity);
  const kind = escapeHtml(KIND_LABELS[finding.kind] ?? finding.kind);
  const cols = [...columns(ctx, finding)].map(([articleId, quotes]) => sourceColumn(ctx, articleId, quotes)).join('');
  return (
    `<article class="finding sev-${sevClass}" id="${id}" data-finding="${id}" tabindex="0" role="button" aria-pressed="false">` +
    `<header class="finding-head"><span class="badge sev-${sevClass}">${severity}</span><span class="kind">${kind}</span></header>` +
    `<p class="finding-summary">${escapeHtml(finding.summary)}</p>` +
    `<div class="sources">${cols}</div></article>`
  );
}
