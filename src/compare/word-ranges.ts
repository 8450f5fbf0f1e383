/** Non-ASCII characters are classed by these (ASCII ones by table, below). */
const STARTS_WORD = /[\p{L}\p{N}]/u;
const IN_WORD = /[\p{L}\p{M}\p{N}'’.,-]/u;

/** Class of each ASCII code: 2 starts a word (letter or digit), 1 only continues one (' , - .), 0 neither. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = STARTS_WORD.test(char) ? 2 : IN_WORD.test(char) ? 1 : 0;
}

/** Length in code units of the non-ASCII character at `at` if it is in `chars`, else 0. */
function nonAsciiIn(text: string, at: number, chars: RegExp): number {
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return chars.test(char) ? char.length : 0;
}

/** Every word of a text as parallel arrays: word k is [starts[k], ends[k]). */
export interface WordBounds {
  starts: number[];
  ends: number[];
}

/**
 * Every word of a text, in order: the ranges the Unicode
 * regex `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,-]*` matches (a letter or digit,
 * then letters, marks, digits, apostrophes, periods, commas and hyphens),
 * found by a scan with an ASCII table: the Unicode-class regex costs a few
 * times more, and every claim with a figure is read this way. Two flat
 * arrays, not a pair per word: most of these words are read only to count them.
 */
export function wordBounds(text: string): WordBounds {
  const words: WordBounds = { starts: [], ends: [] };
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const first = code < 128 ? (ASCII_CLASS[code] === 2 ? 1 : 0) : nonAsciiIn(text, at, STARTS_WORD);
    if (first === 0) {
      // Not a word start: step over the whole code point, as the regex does.
      at += code < 128 || text.codePointAt(at)! <= 0xffff ? 1 : 2;
      continue;
    }
    const start = at;
    at += first;
    while (at < length) {
      const next = text.charCodeAt(at);
      const step = next < 128 ? (ASCII_CLASS[next] !== 0 ? 1 : 0) : nonAsciiIn(text, at, IN_WORD);
      if (step === 0) break;
      at += step;
    }
    words.starts.push(start);
    words.ends.push(at);
  }
  return words;
}
