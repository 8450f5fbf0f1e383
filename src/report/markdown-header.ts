/** The top of the Markdown report: title with counts and the table of articles read. */
import type { MarkdownContext } from './markdown-context';
import { escapeMarkdown } from './markdown-text';
import { countBySeverity, SEVERITIES } from '../internal/severities';
import { plural } from '../internal/plural';

function severityLine(ctx: MarkdownContext): string | undefined {
  const { findings } = ctx.report;
  if (findings.length === 0) return undefined;
  const counts = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `Findings by severity: ${parts.join(', ')}.`;
}

function articleTable(ctx: MarkdownContext): string[] {
  const { articles } = ctx.report;
  if (articles.length === 0) return [];
  return [
    '| Article | Source | Published | Claims |',
    '| --- | --- | --- | ---: |',
    ...articles.map(
      (a) =>
        `| ${escapeMarkdown(a.id)} | ${escapeMarkdown(ctx.source(a.id) ?? '')} | ${escapeMarkdown(a.publishedAt ?? '')} | ${a.claimCount} |`,
    ),
  ];
}

/** Title line, severity counts, and the article table, as paragraphs (blocks of lines). */
export function headerBlocks(ctx: MarkdownContext): string[][] {
  const { report } = ctx;
  const title = `# Corroborate report: ${plural(report.articles.length, 'article')}, ${plural(report.claims.length, 'claim')}, ${plural(report.findings.length, 'finding')}`;
  const severities = severityLine(ctx);
  return [[title], ...(severities ? [[severities]] : []), articleTable(ctx)].filter((b) => b.length > 0);
}
