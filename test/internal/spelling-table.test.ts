import { SpellingTable } from '../../src/internal/spelling-table';

/** A word's hash as a caller would compute it while scanning (any fixed hash will do). */
function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 31);
  return hash;
}

describe('SpellingTable', () => {
  it('answers for the word at the given offsets, reading each new spelling once', () => {
    const read = jest.fn((word: string) => word.toUpperCase());
    const table = new SpellingTable(read, 100, '');
    const text = 'ab cd ab';
    expect(table.get(text, 0, 2, hashOf('ab'))).toBe('AB');
    expect(table.get(text, 3, 5, hashOf('cd'))).toBe('CD');
    expect(table.get(text, 6, 8, hashOf('ab'))).toBe('AB');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('tells words apart when their hashes collide', () => {
    const table = new SpellingTable((word) => word.length, 100, 0);
    const text = 'a bb ccc bb';
    expect(table.get(text, 0, 1, 7)).toBe(1);
    expect(table.get(text, 2, 4, 7)).toBe(2);
    expect(table.get(text, 5, 8, 7)).toBe(3);
    expect(table.get(text, 9, 11, 7)).toBe(2);
  });

  it('keeps its answers as it grows, and is emptied when full', () => {
    const read = jest.fn((word: string) => `<${word}>`);
    const table = new SpellingTable(read, 1000, '');
    const words = Array.from({ length: 900 }, (_, k) => `w${k}`);
    for (const w of words) expect(table.get(w, 0, w.length, hashOf(w))).toBe(`<${w}>`);
    for (const w of words) expect(table.get(w, 0, w.length, hashOf(w))).toBe(`<${w}>`);
    expect(read).toHaveBeenCalledTimes(900);
    for (let k = 900; k < 1001; k++) table.get(`w${k}`, 0, `w${k}`.length, hashOf(`w${k}`));
    expect(table.get('w0', 0, 2, hashOf('w0'))).toBe('<w0>');
    // 1001 words went in: the table was emptied once, so w0 was read again.
    expect(read).toHaveBeenCalledTimes(1002);
  });
});
