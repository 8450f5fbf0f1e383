/** The "Diagnostics" section: non-fatal problems, with the rule that noticed them and where. */
import type { Diagnostic } from '../types';
import type { MarkdownContext } from './markdown-context';
import { escapeMarkdown, formatSpan } from './markdown-text';

function diagnosticLine(d: Diagnostic, ctx: MarkdownContext): string {
  const where = [d.articleId === undefined ? '' : ctx.sourceLabel(d.articleId), d.span ? formatSpan(d.span) : '']
    .filter((part) => part !== '')
    .join(', ');
  // A code span cannot hold a backtick, so a stray one in a rule name is swapped out.
  const rule = `\`${d.rule.replace(/`/g, "'")}\``;
  return `- ${rule}: ${escapeMarkdown(d.message)}${where ? ` (${where})` : ''}`;
}

export function diagnosticsSection(ctx: MarkdownContext): string[] {
  return ctx.report.diagnostics.map((d) => diagnosticLine(d, ctx));
}
