/** The summary bar at the top: counts of articles, claims and clusters, then findings by kind and by severity. */
import type { Report } from '../types';
import { FINDING_SECTIONS } from './html-sections';
import { countBySeverity, SEVERITIES } from '../internal/severities';
import { plural } from '../internal/plural';

/** The page title and first heading line, worded like the Markdown report's title. */
export function reportTitle(report: Report): string {
  return `Corroborate report: ${plural(report.articles.length, 'article')}, ${plural(report.claims.length, 'claim')}, ${plural(report.findings.length, 'finding')}`;
}

/** One chip per section of findings; a chip with findings links to its section. */
function kindChips(report: Report): string {
  return FINDING_SECTIONS.map(({ anchor, noun, kinds }) => {
    const n = report.findings.filter((f) => kinds.includes(f.kind)).length;
    const label = `<b>${n}</b> ${noun}${n === 1 ? '' : 's'}`;
    return n > 0 ? `<a class="chip" href="#${anchor}">${label}</a>` : `<span class="chip zero">${label}</span>`;
  }).join('');
}

function severityChips(report: Report): string {
  const counts = countBySeverity(report.findings);
  return SEVERITIES
    .map((s) => {
      const n = counts[s];
      return `<span class="chip sev-${s}${n === 0 ? ' zero' : ''}"><b>${n}</b> ${s}</span>`;
    })
    .join('');
}

export function summaryBar(report: Report): string {
  const counts = [
    plural(report.articles.length, 'article'),
    plural(report.claims.length, 'claim'),
    plural(report.clusters.length, 'cluster'),
    plural(report.findings.length, 'finding'),
  ].join(' · ');
  return (
    `<header class="summary-bar"><h1>Corroborate report</h1><p class="counts">${counts}</p>` +
    `<nav class="chips" aria-label="Findings by kind">${kindChips(report)}</nav>` +
    `<div class="chips" aria-label="Findings by severity">${severityChips(report)}</div></header>`
  );
}
