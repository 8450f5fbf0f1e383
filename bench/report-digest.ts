/**
 * Digests of the JSON report on fixed synthetic feeds, to check that a refactor or a speed-up
 * changes no output: run it before and after and compare the lines.
 *
 *   npx tsx bench/report-digest.ts [--articles 1000] [--seed 1] [--write DIR]
 *
 * Prints one line per run: the run's name, its finding and claim counts and the
 * sha256 of its report. With --write, also writes each report to DIR/<name>.json, so two
 * versions can be diffed where a digest differs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { crossReference, type CrossReferenceOptions } from '../src';
import type { ArticleInput } from '../src/types';
import { generateCorpus } from './generate-corpus';

const CORPUS = path.join(__dirname, '..', '..', 'shared', 'corpus', 'tehran-talks-2021');

/** The real corpus beside the project, when it is there. */
function realCorpus(): ArticleInput[] | undefined {
  if (!fs.existsSync(path.join(CORPUS, 'sources.json'))) return undefined;
  const meta = JSON.parse(fs.readFileSync(path.join(CORPUS, 'sources.json'), 'utf8')) as {
    articles: { id: string; file: string; source?: string; publishedAt?: string }[];
  };
  return meta.articles.map((a) => ({ id: a.id, text: fs.readFileSync(path.join(CORPUS, a.file), 'utf8'), source: a.source, publishedAt: a.publishedAt }));
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const articles = Number(arg('articles', '1000'));
const seed = Number(arg('seed', '1'));
const outDir = arg('write', '');

const feed = generateCorpus({ articles, stories: Math.max(1, Math.round(articles / 8)), seed }).articles;
const oneStory = generateCorpus({ articles: 8, stories: 1, seed: seed + 1 }).articles;
const runs: Array<[string, typeof feed, CrossReferenceOptions]> = [
  [`split-${articles}`, feed, { stories: 'split' }],
  [`one-${Math.min(articles, 200)}`, feed.slice(0, 200), {}],
  ['one-story-8', oneStory, {}],
];
const real = realCorpus();
if (real) runs.push(['real-corpus', real, {}]);
else console.log('real-corpus\tskipped: ../shared/corpus/tehran-talks-2021 is not there');

if (outDir) fs.mkdirSync(outDir, { recursive: true });
for (const [name, input, options] of runs) {
  const report = crossReference(input, options);
  const json = JSON.stringify(report, null, 1);
  if (outDir) fs.writeFileSync(path.join(outDir, `${name}.json`), json);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  console.log(`${name}\tfindings ${report.findings.length}\tclaims ${report.claims.length}\t${digest}`);
}
