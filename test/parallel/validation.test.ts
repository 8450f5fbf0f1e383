/** Misuse of crossReferenceAsync rejects with the CorroborateError crossReference throws. */
import { crossReference, crossReferenceAsync, CorroborateError } from '../../src/index';
import type { ArticleInput } from '../../src/index';

const articles: ArticleInput[] = [{ id: 'a', text: 'The ferry carried 300 passengers on Sunday.' }];

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CorroborateError);
    return (error as CorroborateError).code;
  }
}

describe('crossReferenceAsync validation', () => {
  it.each([-1, 1.5, Number.NaN, Infinity, '2', null, true])('rejects workers = %p with INVALID_OPTION', async (workers) => {
    await expect(codeOf(crossReferenceAsync(articles, { workers } as never))).resolves.toBe('INVALID_OPTION');
  });

  it('accepts 0 and positive whole numbers of workers', async () => {
    for (const workers of [0, 1, 3]) await expect(crossReferenceAsync(articles, { workers })).resolves.toEqual(crossReference(articles));
  });

  it('rejects (does not throw) the errors crossReference throws', async () => {
    const bad = crossReferenceAsync('nope' as never, { workers: 2 });
    expect(bad).toBeInstanceOf(Promise);
    await expect(codeOf(bad)).resolves.toBe('INVALID_ARTICLES');
    await expect(codeOf(crossReferenceAsync([...articles, ...articles], { workers: 2 }))).resolves.toBe('DUPLICATE_ID');
    await expect(codeOf(crossReferenceAsync(articles, { tolerance: 2, workers: 2 }))).resolves.toBe('INVALID_OPTION');
    await expect(codeOf(crossReferenceAsync(articles, { speed: 'fast' } as never))).resolves.toBe('INVALID_OPTION');
    await expect(codeOf(crossReferenceAsync(articles, null as never))).resolves.toBe('INVALID_OPTION');
  });

  it('leaves crossReference without a workers option', () => {
    expect(() => crossReference(articles, { workers: 2 } as never)).toThrow(CorroborateError);
  });
});
