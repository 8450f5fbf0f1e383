import type { ArticleInput, Report } from '../types';
import { buildMarkdownContext, type MarkdownContext } from './markdown-context';
import { corroboratedSection } from './markdown-corroborated';
import { diagnosticsSection } from './markdown-diagnostics';
import { claimFindingsSection, conflictsSection, nameVariantsSection } from './markdown-findings';
import { headerBlocks } from './markdown-header';
import { skippedSection } from './markdown-skipped';

/** Sections in the order an editor reads them: disagreements first, then support, then housekeeping. */
const SECTIONS: [title: string, lines: (ctx: MarkdownContext) => string[]][] = [
  ['Conflicts', conflictsSection],
  ['Contested claims', (ctx) => claimFindingsSection(ctx, 'contested')],
  ['Single-source claims', (ctx) => claimFindingsSection(ctx, 'single-source')],
  ['Name variants', nameVariantsSection],
  ['Corroborated claims', corroboratedSection],
  ['Skipped text', skippedSection],
  ['Diagnostics', diagnosticsSection],
];

/**
 * The report as Markdown for an editor: title with counts, the articles read,
 * then one section per kind of result. Empty sections are left out; article
 * text is escaped so it cannot break the layout. Same input, same output.
 */
export function renderMarkdown(report: Report, articles: ArticleInput[]): string {
  const ctx = buildMarkdownContext(report, articles);
  const blocks = headerBlocks(ctx);
  if (report.findings.length === 0) blocks.push(['No disagreements found.']);
  for (const [title, lines] of SECTIONS) {
    const body = lines(ctx);
    if (body.length > 0) blocks.push([`## ${title}`], body);
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
