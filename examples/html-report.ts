/**
 * Cross-reference the example articles and write the report as one HTML page
 * an editor opens in a browser (works offline: no remote resources).
 *
 *   npm run example:html                 # writes ./corroborate-report.html
 *   npm run example:html -- out.html     # or to the path given
 *
 * In your own project, import from 'corroborate' instead of '../src/index'.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crossReference, renderHtml } from '../src/index';
import { loadExampleArticles } from './load-example-articles';

const articles = loadExampleArticles();
const report = crossReference(articles);
const out = resolve(process.argv[2] ?? 'corroborate-report.html');

writeFileSync(out, renderHtml(report, articles), 'utf8');
console.log(`${report.findings.length} findings from ${articles.length} articles written to ${out}`);
