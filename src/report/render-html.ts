import type { ArticleInput, Report } from '../types';
import { articlePanes } from './html-article-pane';
import { buildHtmlContext } from './html-context';
import { REPORT_CSS } from './html-css';
import { escapeHtml } from './html-escape';
import { checkHtmlInput } from './html-guard';
import { cspHash, REPORT_SCRIPT } from './html-script';
import { sectionsHtml } from './html-sections';
import { reportTitle, summaryBar } from './html-summary';

const HINT = 'Click a finding to mark its evidence in the articles. Click a claim to see its cluster and findings.';

/**
 * Nothing may load or run but the inline style and script named by hash: even
 * a missed escape could not fetch, frame, submit or execute anything.
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(REPORT_CSS)}`,
    `script-src ${cspHash(REPORT_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The report as one self-contained HTML page for an editor: a summary bar,
 * the findings as cards with each source's sentence side by side, and every
 * article's text with its claims and evidence marked. Clicking a card scrolls
 * the articles to its evidence; clicking a claim shows its cluster. Inline CSS
 * and script only, so it works offline; all article and report text is escaped
 * and a strict Content-Security-Policy blocks anything else. Same input, same
 * output, byte for byte.
 */
export function renderHtml(report: Report, articles: ArticleInput[]): string {
  checkHtmlInput(report, articles);
  const ctx = buildHtmlContext(report, articles);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(reportTitle(report))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="layout">',
    `<main class="findings-col">${summaryBar(report)}${sectionsHtml(ctx)}</main>`,
    `<aside class="articles-col" aria-label="Articles"><p class="status" id="status" aria-live="polite">${HINT}</p>${articlePanes(ctx)}</aside>`,
    '</div>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
