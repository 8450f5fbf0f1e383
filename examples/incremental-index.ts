/**
 * A feed processed as it arrives: articles are added to an index one at a
 * time, the report is refreshed after each, and the index is saved to JSON and
 * loaded back, as a process that restarts would.
 *
 *   npm run example:index
 *
 * In your own project, import from 'corroborate' instead of '../src/index'.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndex, loadIndex } from '../src/index';
import { loadExampleArticles } from './load-example-articles';

const index = createIndex();
for (const article of loadExampleArticles()) {
  index.add(article);
  const { findings } = index.report();
  const conflicts = findings.filter((f) => f.kind === 'numeric-conflict').length;
  console.log(`+ ${article.id.padEnd(16)} ${index.size} articles, ${findings.length} findings (${conflicts} numeric conflicts)`);
}

const file = join(mkdtempSync(join(tmpdir(), 'corroborate-')), 'index.json');
writeFileSync(file, JSON.stringify(index));
const restored = loadIndex(JSON.parse(readFileSync(file, 'utf8')));
console.log(`\nSaved and reloaded ${restored.size} articles from ${file}`);
console.log(`Same report after reload: ${JSON.stringify(restored.report()) === JSON.stringify(index.report())}`);
