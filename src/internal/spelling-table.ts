/**
 * Answers of a pure function of a word, found from the characters of a text
 * without cutting the word out of it: a feed repeats a small vocabulary, and
 * a fresh substring per word (and hashing it for a Map) cost more than the
 * look-up. Open addressing on a hash the caller computes while it scans the
 * word (any hash of its code units, always the same one). The table starts
 * small and doubles as words come (a small table stays in the CPU cache), and
 * is emptied when `limit` words are held, so a text of unique words cannot
 * grow it without end.
 */
export class SpellingTable<T> {
  private mask = 0;
  /** The word in each slot; '' marks a free slot (a word is never empty). */
  private keys: string[] = [];
  private hashes = new Int32Array(0);
  private values: T[] = [];
  private size = 0;

  constructor(
    private readonly read: (word: string) => T,
    private readonly limit: number,
    private readonly empty: T,
  ) {
    this.reset(256);
  }

  /** The answer for the word `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): T {
    const { keys, hashes, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === '') return this.add(text.slice(start, end), hash);
      if (hashes[slot] === hash && key.length === length && text.startsWith(key, start)) return this.values[slot];
    }
  }

  private add(word: string, hash: number): T {
    if (this.size >= this.limit) this.reset(this.keys.length);
    else if (this.size * 2 >= this.keys.length) this.grow();
    const value = this.read(word);
    this.put(word, hash, value);
    return value;
  }

  private put(word: string, hash: number, value: T): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== '') slot = (slot + 1) & this.mask;
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.size++;
  }

  private reset(slots: number): void {
    this.mask = slots - 1;
    this.keys = new Array<string>(slots).fill('');
    this.hashes = new Int32Array(slots);
    this.values = new Array<T>(slots).fill(this.empty);
    this.size = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.reset(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== '') this.put(keys[slot], hashes[slot], values[slot]);
  }
}
