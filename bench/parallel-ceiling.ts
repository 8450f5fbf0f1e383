/**
 * How much a second thread can give on this machine, with nothing cloned
 * between threads: the per-article stages run on a feed in one worker thread
 * alone, then in two worker threads at once (each on a feed of its own). The
 * ratio is the ceiling any worker-thread split of the pipeline can reach here;
 * V8's compiler and garbage-collector threads share the same cores.
 * Prints; asserts nothing.
 *
 *   npx tsx bench/parallel-ceiling.ts [--articles 1000] [--warm 200] [--rounds 3]
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Wall time only: in a worker, process.cpuUsage() counts every thread of the process. */
interface Timing {
  wallMs: number;
}

/** One thread: generate a feed, analyse `warm` articles untimed, then time `articles` more. */
function threadCode(seed: number, warm: number, articles: number): string {
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const src = (rel: string) => JSON.stringify(join(__dirname, '..', rel));
  return `
    require(${JSON.stringify(tsx)});
    const { parentPort } = require('node:worker_threads');
    const { generateCorpus } = require(${src('bench/generate-corpus.ts')});
    const { analyzeArticle } = require(${src('src/pipeline/analyze-article.ts')});
    const feed = generateCorpus({ articles: ${warm + articles}, stories: ${Math.ceil((warm + articles) / 8)}, seed: ${seed} }).articles;
    for (const a of feed.slice(0, ${warm})) analyzeArticle(a);
    const start = performance.now();
    for (const a of feed.slice(${warm})) analyzeArticle(a);
    parentPort.postMessage({ wallMs: performance.now() - start });`;
}

function runThreads(count: number, warm: number, articles: number): Promise<Timing[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) => new Promise<Timing>((resolve, reject) => {
      const worker = new Worker(threadCode(i + 1, warm, articles), { eval: true });
      worker.once('message', (t: Timing) => void worker.terminate().then(() => resolve(t)));
      worker.once('error', reject);
    })),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const articles = arg('articles', 1000);
  const warm = arg('warm', 200);
  const rounds = arg('rounds', 3);
  console.log(`per-article stages on ${articles} generated articles per thread (after ${warm} untimed), in worker threads;`);
  console.log(`${rounds} rounds of one thread alone, then two at once (this VM's timings drift, so rounds alternate)\n`);
  const alone: number[] = [];
  const together: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const [one] = await runThreads(1, warm, articles);
    const two = await runThreads(2, warm, articles);
    alone.push(one!.wallMs);
    together.push(Math.max(...two.map((t) => t.wallMs)));
    console.log(`round ${round}: alone ${(one!.wallMs / 1000).toFixed(2)} s, two at once ${two.map((t) => (t.wallMs / 1000).toFixed(2)).join(' s and ')} s`);
  }
  const ratio = (2 * median(alone)) / median(together);
  console.log(`\nmedian: one thread ${(articles / (median(alone) / 1000)).toFixed(0)} articles/s alone`);
  console.log(`two threads do ${ratio.toFixed(2)}x the work of one in the same time (2.00 would be free cores)`);
}

void main();
