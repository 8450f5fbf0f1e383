/** The "Skipped text" section: per article, how much text was left out and why. */
import type { ReportArticle } from '../types';
import type { MarkdownContext } from './markdown-context';
import { escapeMarkdown } from './markdown-text';
import { byCodeUnit } from '../internal/by-code-unit';

function countsByReason(article: ReportArticle): string {
  const counts = new Map<string, number>();
  for (const s of article.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([reason, n]) => `${n} × ${escapeMarkdown(reason)}`)
    .join(', ');
}

export function skippedSection(ctx: MarkdownContext): string[] {
  return ctx.report.articles
    .filter((a) => a.skipped.length > 0)
    .map((a) => `- ${ctx.sourceLabel(a.id)}: ${countsByReason(a)}`);
}
