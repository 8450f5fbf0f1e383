/**
 * The main example: cross-reference four articles about one story and print
 * what an editor should check, each finding with the exact text in each source.
 *
 *   npm run example
 *
 * In your own project, import from 'corroborate' instead of '../src/index'.
 */
import { crossReference, renderMarkdown } from '../src/index';
import { loadExampleArticles } from './load-example-articles';

const articles = loadExampleArticles();
const report = crossReference(articles);

console.log(`${articles.length} articles, ${report.claims.length} claims, ${report.clusters.length} clusters\n`);
for (const finding of report.findings) {
  console.log(`[${finding.severity}] ${finding.kind}: ${finding.summary}`);
  for (const e of finding.evidence) {
    console.log(`    ${e.articleId} @${e.span.start}-${e.span.end}: ${JSON.stringify(e.text)}`);
  }
}

if (process.argv.includes('--markdown')) console.log(`\n${renderMarkdown(report, articles)}`);
