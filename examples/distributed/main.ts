/**
 * Per-article extraction spread over BullMQ workers in separate processes,
 * their indexes merged, and the report checked against a single-process
 * crossReference run.
 *
 *   npm run example:distributed              # starts a throwaway redis-server on loopback
 *   REDIS_URL=redis://host:6379 npm run example:distributed   # uses that server instead
 *   npm run example:distributed -- --markdown                 # also print the Markdown report
 *
 * In your own project, import from 'corroborate' instead of '../../src/index'.
 */
import { createHash } from 'node:crypto';
import { crossReference, renderJson, renderMarkdown, type Report } from '../../src/index';
import { loadExampleArticles } from '../load-example-articles';
import { createProducer } from './producer';
import { forkWorkers, type WorkerProcesses } from './worker-processes';
import { mergeAll } from './merge';

const WORKERS = 2;
const TIMEOUT_MS = Number(process.env.DISTRIBUTED_TIMEOUT_MS ?? 60_000);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function printSummary(report: Report): void {
  console.log(`\nMerged report: ${report.articles.length} articles, ${report.claims.length} claims, ` +
    `${report.clusters.length} clusters, ${report.findings.length} findings`);
  for (const f of report.findings) console.log(`  ${f.kind} (${f.severity}): ${f.summary}`);
}

/** The worker processes once started, so a signal or the time limit can take them along. */
let workers: WorkerProcesses | undefined;

async function main(): Promise<number> {
  const articles = loadExampleArticles();
  const options = {};
  // A queue of this run's own, so runs sharing one Redis never see each other's jobs.
  const queueName = `corroborate-analyse-${process.pid}-${Date.now()}`;
  const producer = await createProducer(queueName);
  const pool = forkWorkers(WORKERS, queueName);
  workers = pool;
  try {
    // Jobs go in once both are listening, so neither gets them all by starting first.
    await pool.ready();
    console.log(`${pool.names.length} worker processes listening on queue ${queueName}`);
    const results = await producer.analyse(articles, options);
    results.forEach((r, i) => console.log(`  ${articles[i].id.padEnd(16)} analysed by ${r.worker}`));

    const distributed = mergeAll(results.map((r) => r.index), options).report();
    const single = crossReference(articles, options);
    printSummary(distributed);
    if (process.argv.includes('--markdown')) console.log(`\n${renderMarkdown(distributed, articles)}`);

    const [a, b] = [renderJson(distributed), renderJson(single)];
    const same = a === b;
    console.log(`\nsame report as single-process run: ${same ? 'yes' : 'NO'} ` +
      `(JSON reports ${same ? `identical, sha256 ${sha256(a)}` : `differ: ${sha256(a)} vs ${sha256(b)}`})`);
    return same ? 0 : 1;
  } finally {
    await pool.stop();
    await producer.close();
  }
}

/** Stops at once, taking the worker processes along. */
function abort(status: number, message?: string): never {
  if (message) console.error(`distributed example: ${message}`);
  workers?.kill();
  process.exit(status);
}
process.on('SIGINT', () => abort(130));
process.on('SIGTERM', () => abort(143));

// A Redis that stops answering must not leave the example hanging.
const timer = setTimeout(
  () => abort(1, `no result after ${TIMEOUT_MS / 1000} s (is Redis at ${process.env.REDIS_URL} reachable?); giving up.`),
  TIMEOUT_MS,
);

main().then(
  (status) => {
    clearTimeout(timer);
    process.exitCode = status;
  },
  (err: unknown) => {
    clearTimeout(timer);
    abort(1, err instanceof Error ? err.message : String(err));
  },
);
