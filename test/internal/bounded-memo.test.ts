import { boundedMemo } from '../../src/internal/bounded-memo';

describe('boundedMemo', () => {
  it('answers as the function does, computing each key once while it is kept', () => {
    const fn = jest.fn((s: string) => s.toUpperCase());
    const memo = boundedMemo(fn, 10);
    expect(['ab', 'cd', 'ab', 'ab'].map(memo)).toEqual(['AB', 'CD', 'AB', 'AB']);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('empties its table at the limit, so memory stays bounded, and still answers right', () => {
    const fn = jest.fn((s: string) => `<${s}>`);
    const memo = boundedMemo(fn, 3);
    for (const key of ['a', 'b', 'c', 'd', 'a']) expect(memo(key)).toBe(`<${key}>`);
    expect(fn).toHaveBeenCalledTimes(5); // 'a' was dropped when 'd' came in
  });

  it('remembers a null answer too (a word left out)', () => {
    const fn = jest.fn((s: string) => (s.length < 3 ? null : s));
    const memo = boundedMemo(fn);
    expect([memo('of'), memo('of'), memo('bridge')]).toEqual([null, null, 'bridge']);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keeps words that are Object property names apart from the prototype', () => {
    const memo = boundedMemo((s) => s.length.toString());
    expect(memo('constructor')).toBe('11');
    expect(memo('__proto__')).toBe('9');
  });
});
