/** crossReferenceAsync's onProgress: articles read, then stories compared, each step from 0 to its total, in one thread and in workers. */
import { crossReference, crossReferenceAsync, CorroborateError, renderJson } from '../../src/index';
import type { ArticleInput, Progress } from '../../src/index';
import { generateCorpus } from '../../bench/generate-corpus';
import { generatedArticles } from './generated-articles';

/** Runs with a listener that keeps every event. */
async function withEvents(articles: readonly ArticleInput[], options: Parameters<typeof crossReferenceAsync>[1]) {
  const events: Progress[] = [];
  const report = await crossReferenceAsync(articles, { ...options, onProgress: (p) => events.push({ ...p }) });
  return { report, events };
}

/** Each step's events in order: one total, counts that never go down, from 0 to the total. */
function expectSteps(events: readonly Progress[], articles: number): Progress[][] {
  const reading = events.filter((e) => e.step === 'reading');
  const comparing = events.filter((e) => e.step === 'comparing');
  expect(events).toEqual([...reading, ...comparing]);
  for (const step of [reading, comparing]) {
    expect(step.length).toBeGreaterThanOrEqual(2);
    expect(new Set(step.map((e) => e.total)).size).toBe(1);
    expect(step[0]!.done).toBe(0);
    expect(step[step.length - 1]!.done).toBe(step[0]!.total);
    for (let i = 1; i < step.length; i++) expect(step[i]!.done).toBeGreaterThan(step[i - 1]!.done);
  }
  expect(reading[0]!.total).toBe(articles);
  return [reading, comparing];
}

describe('crossReferenceAsync onProgress', () => {
  it('in one thread, counts every article, then the one story, and the report is unchanged', async () => {
    const articles = generatedArticles(6);
    const { report, events } = await withEvents(articles, {});
    const [reading, comparing] = expectSteps(events, 6);
    expect(reading.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(comparing.map((e) => e.done)).toEqual([0, 1]);
    expect(renderJson(report)).toBe(renderJson(crossReference(articles)));
  });

  it('with 2 workers on a split feed, counts chunks of articles, then of stories, with the same report', async () => {
    // Enough articles, stories and claims that both phases go to the threads (see same-report.test.ts).
    const feed = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles;
    const { report, events } = await withEvents(feed, { stories: 'split', workers: 2 });
    const [reading, comparing] = expectSteps(events, 64);
    // Chunks, not single articles: fewer events than articles, more than the first and last.
    expect(reading.length).toBeGreaterThan(2);
    expect(reading.length).toBeLessThan(65);
    expect(comparing[0]!.total).toBeGreaterThanOrEqual(8);
    expect(renderJson(report)).toBe(renderJson(crossReference(feed, { stories: 'split' })));
  });

  it('rejects with what the listener throws, in one thread and in workers', async () => {
    const boom = new Error('listener broke');
    const throwing = (when: Progress['step']) => (p: Progress) => {
      if (p.step === when && p.done > 0) throw boom;
    };
    const feed = generateCorpus({ articles: 64, stories: 8, seed: 3 }).articles;
    await expect(crossReferenceAsync(generatedArticles(3), { onProgress: throwing('reading') })).rejects.toBe(boom);
    await expect(crossReferenceAsync(feed, { workers: 2, onProgress: throwing('reading') })).rejects.toBe(boom);
    await expect(crossReferenceAsync(feed, { stories: 'split', workers: 2, onProgress: throwing('comparing') })).rejects.toBe(boom);
  });

  it.each([1, 'yes', null, {}])('rejects onProgress = %p with INVALID_OPTION', async (onProgress) => {
    const error = await crossReferenceAsync(generatedArticles(2), { onProgress } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorroborateError);
    expect((error as CorroborateError).code).toBe('INVALID_OPTION');
    expect((error as CorroborateError).message).toContain('onProgress');
  });

  it('is not an option of crossReference', () => {
    expect(() => crossReference(generatedArticles(2), { onProgress: () => {} } as never)).toThrow(CorroborateError);
  });
});
