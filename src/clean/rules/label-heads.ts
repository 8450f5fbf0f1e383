/**
 * A quick look at how a line's label (see normalize-label) opens, so rules
 * that compare labels with a short list can pass over prose lines without
 * lower-casing and collapsing the whole line.
 */
import { LABEL_BULLETS } from './normalize-label';
import { isAsciiDigit, isAsciiLetter } from '../../internal/ascii';

/** How many opening characters of a label are compared. */
const HEAD = 3;

const SPACE = 0x20;

/** An ASCII letter lower-cased, a plain space as is, or -1 for any other character. */
function headCode(code: number): number {
  if (code === SPACE) return SPACE;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower : -1;
}

function headKey(a: number, b: number, c: number): number {
  return (a << 16) | (b << 8) | c;
}

/** The openings of `labels` (normalised labels opening with HEAD ASCII letters or spaces), for `mayOpenWith`. */
export function labelHeads(labels: Iterable<string>): ReadonlySet<number> {
  const heads = new Set<number>();
  for (const label of labels) {
    const codes = [0, 1, 2].map((k) => headCode(label.charCodeAt(k)));
    if (codes.some((c) => c < 0) || codes[0] === SPACE) throw new Error(`label-heads: "${label}" does not open with ${HEAD} letters or spaces`);
    heads.add(headKey(codes[0]!, codes[1]!, codes[2]!));
  }
  return heads;
}

// The last line read and its head key (-1: cannot tell): the promotion and comment-prompt rules
// ask about the same line one after the other, so its opening is read once.
let lastLine = '';
let lastKey = -1;

/** The key of the line's label opening; -1 when it cannot be told from the first characters, or NO_LABEL. */
function lineHeadKey(line: string): number {
  if (line !== lastLine) {
    lastKey = readHeadKey(line);
    lastLine = line;
  }
  return lastKey;
}

/** Key of a line whose label opens with neither a letter nor a digit, so with none of the listed labels. */
const NO_LABEL = -2;

/**
 * True when a label can open with this character: lower-cased it gives an ASCII letter or digit.
 * Only U+0130 and U+212A do so outside ASCII. Anything else (quotes, brackets, dashes, other
 * scripts) opens no label of the rules' lists, which open with an ASCII letter (or a digit: a
 * comment count); prose paragraphs often open with a quote.
 */
function mayOpenLabel(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x130 || code === 0x212a;
}

function readHeadKey(line: string): number {
  let start = 0;
  while (start < line.length && LABEL_BULLETS.includes(line[start] as string)) start++;
  if (line.length - start < HEAD) return -1;
  if (!mayOpenLabel(line.charCodeAt(start))) return NO_LABEL;
  const a = headCode(line.charCodeAt(start));
  const b = headCode(line.charCodeAt(start + 1));
  const c = headCode(line.charCodeAt(start + 2));
  // Two spaces would be one in the label, moving the third character.
  if (a < 0 || b < 0 || c < 0 || (b === SPACE && c === SPACE)) return -1;
  return headKey(a, b, c);
}

/**
 * False only when the line's label cannot open with any of `heads`: its
 * first HEAD characters are ASCII letters (or single plain spaces), which
 * lower-cased are not among them; or its label opens with neither a letter
 * nor a digit. Anything else (digits, letters of other scripts among the first
 * HEAD, tabs, space runs) answers true, and the caller reads the whole label.
 */
export function mayOpenWith(line: string, heads: ReadonlySet<number>): boolean {
  const key = lineHeadKey(line);
  if (key === NO_LABEL) return false;
  return key < 0 || heads.has(key);
}
