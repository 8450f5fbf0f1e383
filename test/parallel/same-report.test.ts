/**
 * crossReferenceAsync with worker threads gives the report crossReference
 * gives, byte for byte: on the bundled examples and on generated articles.
 * Runs from source, so the workers load the TypeScript through tsx.
 */
import { crossReference, crossReferenceAsync, renderJson, analyzeArticle } from '../../src/index';
import { analyzeInWorkers, MIN_ARTICLES_FOR_WORKERS } from '../../src/parallel/analyze-in-workers';
import { combineAnalyses } from '../../src/pipeline/combine-analyses';
import * as pool from '../../src/parallel/worker-pool';
import { loadExampleArticles } from '../../examples/load-example-articles';
import { generatedArticles } from './generated-articles';

const examples = loadExampleArticles();
const generated = generatedArticles(48);

/** How many workers each pool run was asked for, while `run` runs. */
async function poolSizes<T>(run: () => Promise<T>): Promise<{ value: T; sizes: number[] }> {
  const spy = jest.spyOn(pool, 'runInWorkers');
  try {
    const value = await run();
    return { value, sizes: spy.mock.calls.map((call) => call[2]) };
  } finally {
    spy.mockRestore();
  }
}

describe('analyzeInWorkers', () => {
  // One article per chunk and no size threshold, so both workers take several chunks.
  const forced = { workers: 2, minArticles: 0, minChunkChars: 1 };

  it('returns what analyzeArticle returns, in input order, with the caller’s article objects', async () => {
    const { value: analyses, sizes } = await poolSizes(() => analyzeInWorkers(examples, forced));
    expect(sizes).toEqual([2]);
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
  it('uses 2 workers on the generated articles (enough articles and text for two chunks)', async () => {
    expect(generated.length).toBeGreaterThanOrEqual(MIN_ARTICLES_FOR_WORKERS);
    const { sizes } = await poolSizes(() => crossReferenceAsync(generated, { workers: 2 }));
    expect(sizes).toEqual([2]);
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

  it('handles an empty batch', async () => {
    expect(await crossReferenceAsync([], { workers: 2 })).toEqual(crossReference([]));
  });
});
