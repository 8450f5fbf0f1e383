/**
 * Worker threads on a ~2000-article feed from bench/generate-corpus.ts.
 *
 * Only the per-article stages (clean, sentences, claims, figures, names) run
 * in workers; the cross-article stages (grouping, clustering, comparing) stay
 * in the calling thread. So this times two things:
 *  1. the per-article stages on the whole feed: in the thread, then with
 *     `workers` 0, 1, 2 as crossReferenceAsync runs them (0 and 1 stay in the
 *     thread by design), the workers running the built dist/worker.js as users
 *     get it (from source each worker would first compile TypeScript);
 *  2. crossReference against crossReferenceAsync on the first `--whole`
 *     articles (default 100): the cross-article stages grow faster than
 *     linearly with articles per story, so the whole feed takes minutes.
 * Prints; asserts nothing but equal results (exit 1 if they differ).
 *
 *   npx tsup && npx tsx bench/workers.ts [--articles 2000] [--stories 100] [--whole 100]
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../src/index';
import type { ArticleInput } from '../src/index';
import { analyzeInWorkers } from '../src/parallel/analyze-in-workers';
import type { WorkerScript } from '../src/parallel/worker-script';
import { generateCorpus } from './generate-corpus';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function check(same: boolean): string {
  if (!same) process.exitCode = 1;
  return same ? 'same result' : 'RESULT DIFFERS';
}

/**
 * How many cores are free right now: two threads spin for a moment, and
 * their work is compared with one thread's. About 2 means two free cores;
 * about 1 means the others are busy and no worker count can help.
 */
async function freeCores(): Promise<number> {
  const code = `const t = Date.now(); let n = 0; while (Date.now() - t < 400) n++; require('node:worker_threads').parentPort.postMessage(n);`;
  const spin = (threads: number) =>
    Promise.all(Array.from({ length: threads }, () => new Promise<number>((resolve) => {
      const w = new Worker(code, { eval: true });
      w.once('message', (n: number) => void w.terminate().then(() => resolve(n)));
    })));
  const [one] = await spin(1);
  const two = await spin(2);
  return (two[0] + two[1]) / one;
}

async function perArticleStages(articles: ArticleInput[], script: WorkerScript): Promise<void> {
  console.log('\n1. per-article stages on the whole feed');
  const base = await time(() => articles.map(analyzeArticle));
  const expected = base.value.map((a) => JSON.stringify(a));
  console.log(`  in the thread: ${secs(base.ms)}`);
  for (const workers of [0, 1, 2]) {
    const run = await time(() => analyzeInWorkers(articles, { workers, script }));
    const same = run.value.every((a, i) => JSON.stringify(a) === expected[i]);
    console.log(`  workers ${workers}: ${secs(run.ms)}, ${(base.ms / run.ms).toFixed(2)}x${workers <= 1 ? ' (in the thread by design)' : ''}; ${check(same)}`);
  }
}

async function wholeReport(articles: ArticleInput[], lib: typeof import('../src/index')): Promise<void> {
  console.log(`\n2. whole report on the first ${articles.length} articles (built package)`);
  const base = await time(() => lib.crossReference(articles));
  console.log(`  crossReference: ${secs(base.ms)} (${base.value.claims.length} claims, ${base.value.findings.length} findings)`);
  for (const workers of [0, 2]) {
    const run = await time(() => lib.crossReferenceAsync(articles, { workers }));
    // Deep equality, not renderJson: a large report can exceed the longest string V8 allows.
    console.log(`  crossReferenceAsync workers ${workers}: ${secs(run.ms)}; ${check(isDeepStrictEqual(run.value, base.value))}`);
  }
}

async function main(): Promise<void> {
  const dist = join(__dirname, '..', 'dist');
  const built = join(dist, 'worker.js');
  if (!existsSync(built)) throw new Error('dist/worker.js is missing: run `npx tsup` first.');
  const { articles } = generateCorpus({ articles: arg('articles', 2000), stories: arg('stories', 100), seed: 7 });
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  console.log(`${articles.length} articles, ${(chars / 1e6).toFixed(2)} M characters; ${availableParallelism()} CPUs, of which ~${(await freeCores()).toFixed(1)} free for two threads now`);
  articles.slice(0, 150).map(analyzeArticle); // warm up the JIT so the first timing is not penalised
  await perArticleStages(articles, { filename: built, eval: false });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await wholeReport(articles.slice(0, arg('whole', 100)), require(join(dist, 'index.js')));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
