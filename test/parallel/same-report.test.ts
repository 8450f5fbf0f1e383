/**
 * crossReferenceAsync with worker threads gives the report crossReference
 * gives, byte for byte: on the bundled examples and on generated articles.
 * Runs from source, so the workers load the TypeScript through tsx.
 */
import { crossReference, crossReferenceAsync, renderJson, analyzeArticle } from '../../src/index';
import { analyzeInWorkers, MIN_ARTICLES_FOR_WORKERS } from '../../src/parallel/analyze-in-workers';
import { combineAnalyses } from '../../src/pipeline/combine-analyses';
import { combineInWorkers } from '../../src/parallel/combine-in-workers';
import { resolveWorkerScript } from '../../src/parallel/worker-script';
import type { WorkerTask } from '../../src/parallel/worker-task';
import * as pool from '../../src/parallel/worker-pool';
import { loadExampleArticles } from '../../examples/load-example-articles';
import { generateCorpus } from '../../bench/generate-corpus';
import { generatedArticles } from './generated-articles';

const examples = loadExampleArticles();
const generated = generatedArticles(48);

// Taken before any spy replaces the module's export.
const { openPool } = pool;

/**
 * While `run` runs: how many worker threads each pool was asked for (pools kept open
 * by crossReferenceAsync, and one-off runs of analyzeInWorkers), and the kind
 * of each batch sent to a kept pool, "+here" when the calling thread shares it.
 */
async function poolSizes<T>(run: () => Promise<T>): Promise<{ value: T; sizes: number[]; batches: string[] }> {
  const batches: string[] = [];
  const oneOff = jest.spyOn(pool, 'runInWorkers');
  const opened = jest.spyOn(pool, 'openPool').mockImplementation((script, size) => {
    const real = openPool(script, size);
    return {
      run: <I, O>(tasks: readonly I[], options?: pool.RunOptions<I, O>) => {
        // "+here" when the calling thread takes tasks of the batch too.
        batches.push(`${(tasks[0] as WorkerTask | undefined)?.kind ?? 'empty'}${options?.runHere ? '+here' : ''}`);
        return real.run<I, O>(tasks, options);
      },
      close: real.close,
    };
  });
  try {
    const value = await run();
    return { value, sizes: [...opened.mock.calls.map((call) => call[1]), ...oneOff.mock.calls.map((call) => call[2])], batches };
  } finally {
    oneOff.mockRestore();
    opened.mockRestore();
  }
}

describe('analyzeInWorkers', () => {
  // One article per chunk and no size threshold, so both workers take several chunks.
  const forced = { workers: 2, minArticles: 0, minChunkChars: 1 };

  it('returns what analyzeArticle returns, in input order, with the caller’s article objects', async () => {
    const { value: analyses, sizes } = await poolSizes(() => analyzeInWorkers(examples, forced));
    expect(sizes).toEqual([1]); // workers: 2 is the calling thread and one worker thread
    expect(analyses).toStrictEqual(examples.map(analyzeArticle));
    analyses.forEach((a, i) => expect(a.article).toBe(examples[i]));
  });

  it('gives the same report JSON on the example articles as crossReference', async () => {
    const analyses = await analyzeInWorkers(examples, forced);
    expect(renderJson(combineAnalyses(analyses))).toBe(renderJson(crossReference(examples)));
  });

  it('keeps the order of many chunks that finish out of turn', async () => {
    const mixed = [...generated.slice(0, 12), ...examples]; // long and short articles interleave across chunks
    const analyses = await analyzeInWorkers(mixed, forced);
    expect(analyses.map((a) => a.article.id)).toEqual(mixed.map((a) => a.id));
    expect(JSON.stringify(analyses)).toBe(JSON.stringify(mixed.map(analyzeArticle)));
  });

  it('stays in the thread for one worker, for few articles, and for text that fills one chunk', async () => {
    for (const options of [{ workers: 1, minArticles: 0, minChunkChars: 1 }, { workers: 4 }, { workers: 4, minArticles: 0 }]) {
      const { value, sizes } = await poolSizes(() => analyzeInWorkers(examples, options));
      expect(sizes).toEqual([]);
      expect(value).toStrictEqual(examples.map(analyzeArticle));
    }
  });
});

describe('crossReferenceAsync', () => {
  it('shares the generated articles between the calling thread and workers - 1 worker threads', async () => {
    expect(generated.length).toBeGreaterThanOrEqual(MIN_ARTICLES_FOR_WORKERS);
    const { sizes, batches } = await poolSizes(() => crossReferenceAsync(generated, { workers: 2 }));
    expect(sizes).toEqual([1]);
    expect(batches).toEqual(['analyze+here']); // one story: nothing to spread in the second phase
    expect((await poolSizes(() => crossReferenceAsync(generated, { workers: 3 }))).sizes).toEqual([2]);
  });

  it('compares the stories of a split feed in the same workers from 3 threads, with the same JSON as crossReference', async () => {
    // Enough stories and claims for the second phase to go to the workers.
    const feed = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles;
    const expected = renderJson(crossReference(feed, { stories: 'split' }));
    const { value, sizes, batches } = await poolSizes(() => crossReferenceAsync(feed, { stories: 'split', workers: 3 }));
    expect(sizes).toEqual([2]);
    expect(batches).toEqual(['analyze+here', 'compare-stories+here']);
    expect(renderJson(value)).toBe(expected);
    expect(value.findings.some((f) => f.kind === 'numeric-conflict' && f.clusterId)).toBe(true);
  });

  it('compares the stories in the calling thread with workers: 2, with the same JSON', async () => {
    const feed = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles;
    const expected = renderJson(crossReference(feed, { stories: 'split' }));
    const { value, batches } = await poolSizes(() => crossReferenceAsync(feed, { stories: 'split', workers: 2 }));
    expect(batches).toEqual(['analyze+here']);
    expect(renderJson(value)).toBe(expected);
  });

  it('gives the same JSON as crossReference on the generated articles with 2 workers, options passed through', async () => {
    const options = { tolerance: 0.05, clusterThreshold: 0.3, relations: { 'Upland Gazette': 'Harbour Ledger' } };
    const expected = renderJson(crossReference(generated, options));
    const report = await crossReferenceAsync(generated, { ...options, workers: 2 });
    expect(renderJson(report)).toBe(expected);
    expect(report.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['numeric-conflict', 'contested']));
  });

  it('gives the same JSON as crossReference on the example articles with 2 workers', async () => {
    expect(renderJson(await crossReferenceAsync(examples, { workers: 2 }))).toBe(renderJson(crossReference(examples)));
  });

  it('gives the same JSON with more workers than chunks, and in the thread with workers 0 or 1', async () => {
    const expected = renderJson(crossReference(generated));
    for (const workers of [0, 1, 8]) expect(renderJson(await crossReferenceAsync(generated, { workers }))).toBe(expected);
    expect(renderJson(await crossReferenceAsync(generated))).toBe(expected);
  });

  it('handles an empty batch, in one story or split', async () => {
    expect(await crossReferenceAsync([], { workers: 2, stories: 'split' })).toEqual(crossReference([], { stories: 'split' }));
    expect(await crossReferenceAsync([], { workers: 2 })).toEqual(crossReference([]));
  });
});

describe('combineInWorkers', () => {
  it('gives combineAnalyses’ report when the split stories go to a worker, small as they are', async () => {
    // Several stories: the generated articles above make one, which never leaves the thread.
    const analyses = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles.map(analyzeArticle);
    const options = { stories: 'split' as const, tolerance: 0.05 };
    const threads = openPool(resolveWorkerScript, 2);
    try {
      const expected = renderJson(combineAnalyses(analyses, options));
      const owned = [...analyses];
      const report = await combineInWorkers(owned, options, { pool: threads, workers: 2, minClaims: 0 });
      expect(renderJson(report)).toBe(expected);
      expect(owned).toEqual([]); // handed over, and let go once names are grouped
    } finally {
      await threads.close();
    }
  });

  it('stops the pool’s threads once the stories are compared, before the report is made', async () => {
    // Enough stories for the comparing to go to the pool.
    const analyses = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles.map(analyzeArticle);
    const expected = renderJson(combineAnalyses(analyses, { stories: 'split' }));
    const real = openPool(resolveWorkerScript, 2);
    const calls: string[] = [];
    const threads: pool.WorkerPool = {
      run: (tasks, options) => (calls.push('run'), real.run(tasks, options)),
      close: () => (calls.push('close'), real.close()),
    };
    try {
      const report = await combineInWorkers([...analyses], { stories: 'split' }, { pool: threads, workers: 3, minClaims: 0 });
      expect(renderJson(report)).toBe(expected);
      expect(calls).toEqual(['run', 'close']);
      // A pool with nothing to compare is stopped too.
      calls.length = 0;
      await combineInWorkers(examples.map(analyzeArticle), {}, { pool: threads, workers: 2, minClaims: Infinity });
      expect(calls).toEqual(['close']);
    } finally {
      await real.close();
    }
  });

  it('stays in the thread with no pool, one worker or one story', async () => {
    // combineInWorkers takes its analyses over (their claims are let go): each call gets its own.
    const analyze = () => examples.map(analyzeArticle);
    const spy = jest.fn();
    const fake = { run: spy, close: async () => undefined } as unknown as pool.WorkerPool;
    for (const threads of [{ workers: 2, minClaims: 0 }, { pool: fake, workers: 1, minClaims: 0 }]) {
      expect(renderJson(await combineInWorkers(analyze(), { stories: 'split' }, threads))).toBe(renderJson(combineAnalyses(analyze(), { stories: 'split' })));
    }
    expect(renderJson(await combineInWorkers(analyze(), {}, { pool: fake, workers: 2, minClaims: 0 }))).toBe(renderJson(combineAnalyses(analyze())));
    expect(spy).not.toHaveBeenCalled();
  });

  it('empties the analyses it is handed, while combineAnalyses leaves the caller’s as they were', async () => {
    const kept = examples.map(analyzeArticle);
    const before = JSON.stringify(kept);
    const first = renderJson(combineAnalyses(kept, { stories: 'split' }));
    expect(JSON.stringify(kept)).toBe(before);
    expect(renderJson(combineAnalyses(kept, { stories: 'split' }))).toBe(first);

    const handed = examples.map(analyzeArticle);
    const objects = [...handed];
    expect(renderJson(await combineInWorkers(handed, { stories: 'split' }, { workers: 1 }))).toBe(first);
    expect(handed).toEqual([]);
    expect(objects.every((a) => a.claims.length === 0)).toBe(true);
  });
});
