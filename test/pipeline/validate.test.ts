import { validateArticles, isValidIsoDate } from '../../src/pipeline/validate-input';
import { validateOptions } from '../../src/pipeline/validate-options';
import { CorroborateError } from '../../src/errors';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CorroborateError ? e.code : 'not-a-CorroborateError';
  }
  return undefined;
}

describe('validateArticles', () => {
  it('accepts well-formed articles, including empty text', () => {
    expect(validateArticles([{ id: 'a', text: '' }, { id: 'b', text: 'x', publishedAt: '2021-07-08' }])).toHaveLength(2);
  });

  it.each([
    ['not an array', 'nope', 'INVALID_ARTICLES'],
    ['null entry', [null], 'INVALID_ARTICLE'],
    ['missing id', [{ text: 'x' }], 'INVALID_ARTICLE'],
    ['blank id', [{ id: '  ', text: 'x' }], 'INVALID_ARTICLE'],
    ['missing text', [{ id: 'a' }], 'INVALID_ARTICLE'],
    ['numeric source', [{ id: 'a', text: 'x', source: 3 }], 'INVALID_ARTICLE'],
    ['duplicate id', [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], 'DUPLICATE_ID'],
    ['bad date', [{ id: 'a', text: 'x', publishedAt: 'last Tuesday' }], 'INVALID_DATE'],
    ['impossible date', [{ id: 'a', text: 'x', publishedAt: '2021-02-30' }], 'INVALID_DATE'],
  ])('rejects %s', (_name, input, code) => {
    expect(codeOf(() => validateArticles(input))).toBe(code);
  });

  it('says which article and field to fix', () => {
    expect(() => validateArticles([{ id: 'ok', text: '' }, { id: 'b' }])).toThrow(/articles\[1\].*text/);
  });

  it('knows real ISO dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2021-07-08T21:49:00Z')).toBe(true);
  });
});

describe('validateOptions', () => {
  it('accepts known options', () => {
    expect(() => validateOptions({ tolerance: 0.2, clusterThreshold: 0.3, dateSlackDays: 1, relations: { a: 'Wire' } })).not.toThrow();
  });

  it.each([
    [{ tolerence: 0.1 }],
    [{ tolerance: -1 }],
    [{ tolerance: Number.NaN }],
    [{ relations: { a: 1 } }],
    [{ dateSlackDays: 1.5 }],
    [{ dateSlackDays: -1 }],
    [{ dateSlackDays: 400 }],
    [{ dateSlackDays: '1' }],
    ['fast'],
  ])('rejects %p', (options) => {
    expect(codeOf(() => validateOptions(options))).toBe('INVALID_OPTION');
  });
});
