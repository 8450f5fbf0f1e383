import { ShingleTable } from '../../src/sources/shingle-table';
import { shingles } from '../../src/sources/shingles';
import { REPRINT, REPRINT_OF_REPRINT, UNRELATED, WIRE } from './fixtures';

/** Shingles two string sets share. */
function sharedStrings(a: Set<string>, b: Set<string>): number {
  return [...a].filter((s) => b.has(s)).length;
}

/** Ids two id sets share. */
function sharedIds(a: Int32Array, b: Int32Array): number {
  const set = new Set(a);
  return [...b].filter((id) => set.has(id)).length;
}

const TEXTS = [
  WIRE.text,
  REPRINT.text,
  REPRINT_OF_REPRINT.text,
  UNRELATED.text,
  'Breaking news',
  'BREAKING news!',
  '',
  '  ...  ',
  // Non-ASCII letters take the other path; they must meet their ASCII-path twins.
  'Forcing 4,200 residents from their homes in Zürich on “Monday”',
  'forcing 4 200 RESIDENTS from their homes in zürich on Monday — officials said',
  'The İstanbul office and the Ⅻ legion said 12 people fled',
  'the istanbul office and the legion said 12 people fled',
  'a b c d e a b c d e a b c d e',
  'Officials in Zürich said 40 people fled the city',
  'officials said 40 people fled the city on friday',
  // Words longer than the scratch buffer a word is read into, on both paths.
  `${'Ab'.repeat(70)} and ${'cd'.repeat(90)} were the codes`,
  `${'ab'.repeat(70)} and ${'CD'.repeat(90)} were the codes in Zürich`,
  // Words of five characters (their own id) and of six (filed), on both paths.
  'these words fifty sixty abcde abcdef votes counts',
  'These words FIFTY sixty abcde abcdef votes counts in Zürich',
];

describe('ShingleTable', () => {
  it('numbers shingles as the string shingles are: same sizes, same overlaps', () => {
    const table = new ShingleTable();
    const ids = TEXTS.map((t) => table.idsOf(t));
    const strings = TEXTS.map((t) => shingles(t));
    TEXTS.forEach((_, i) => {
      expect(ids[i]!.length).toBe(strings[i]!.size);
      expect(new Set(ids[i]!).size).toBe(ids[i]!.length);
      TEXTS.forEach((__, j) => expect(sharedIds(ids[i]!, ids[j]!)).toBe(sharedStrings(strings[i]!, strings[j]!)));
    });
  });

  it('numbers shingles the same whatever size it is told to expect', () => {
    const small = new ShingleTable();
    const sized = new ShingleTable(1e9);
    const texts = [...TEXTS, ...TEXTS.slice().reverse()];
    for (const t of texts) expect([...sized.idsOf(t)]).toEqual([...small.idsOf(t)]);
    expect(sized.size).toBe(small.size);
  });

  it('lists each shingle of a text once, in reading order, when it repeats shingles older texts added', () => {
    const table = new ShingleTable();
    const older = [...table.idsOf('one two three four five six seven')];
    const ids = [...table.idsOf('six seven eight one two three four five one two three four five six')];
    expect(new Set(ids).size).toBe(ids.length);
    // "one two three four five" comes after the three new shingles that open the text.
    expect(ids.indexOf(older[0]!)).toBe(3);
    expect(ids).toHaveLength(shingles('six seven eight one two three four five one two three four five six').size);
  });

  it('numbers shingles after clear() as a new table does', () => {
    const used = new ShingleTable();
    for (const t of TEXTS) used.idsOf(t);
    used.clear();
    const fresh = new ShingleTable();
    const texts = [...TEXTS].reverse();
    for (const t of texts) expect([...used.idsOf(t)]).toEqual([...fresh.idsOf(t)]);
    expect(used.size).toBe(fresh.size);
  });

  it('keeps every text\'s ids as they were until clear(), however many texts it reads', () => {
    const table = new ShingleTable();
    const texts = Array.from({ length: 40 }, (_, k) => TEXTS.map((t) => `${t} number ${k}`).join(' '));
    const views: Int32Array[] = [];
    // Copied as each is read, then compared once every text is read.
    const copies = texts.map((t) => {
      views.push(table.idsOf(t));
      return [...views[views.length - 1]!];
    });
    views.forEach((ids, k) => expect([...ids]).toEqual(copies[k]));
  });

  it('gives no shingles for a text that is not a string', () => {
    expect(new ShingleTable().idsOf(undefined as unknown as string)).toHaveLength(0);
  });
});
