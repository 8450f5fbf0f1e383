import type { Line, LineContext, LineRule } from '../types';
import { endsWithSentencePunctuation, words } from '../text-shape';

// "FILE - ...", "FILE- ...", "FILE PHOTO: ...", "Photo: ...", "Image by ...".
const CAPTION_OPENING = /^(?:FILE|File)(?: PHOTO| Photo| IMAGE| Image)?\s*[-–—:]|^(?:PHOTO|Photo|IMAGE|Image|Picture|Pictured|Caption)\s*(?:[-–—:(]|by\b)/u;
// "Courtesy of X, ...", "Photo credit: ...": a credit standing for a picture.
const CREDIT_OPENING = /^(?:Courtesy(?: of)?|Photo courtesy|Photo credit|Image credit|Credit:)\s/iu;
// "... Minister Jane Roe. (YouTube)", "... (AP Photo/Jane Roe)": a trailing credit in brackets.
const TRAILING_CREDIT = /\(([^()]{1,60})\)$/u;
const CREDIT_WORDS = /\b(?:photo|photos|image|images|file|screenshot|screengrab|handout|courtesy|credit|video|getty|AP|AFP|Reuters|EPA|YouTube|Twitter|X|Instagram|Facebook|Telegram)\b/iu;
const MAX_CAPTION_WORDS = 30;
const ELLIPSIS = /(?:…|\.\.\.)$/u;

/**
 * Same as ELLIPSIS.test, read from the end instead of tried at every position. Asked for every
 * pair of nearby lines: the last character's code answers most of them, far cheaper than endsWith.
 */
function endsWithEllipsis(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x2026 || (last === 0x2e && text.endsWith('...'));
}
const NEIGHBOURHOOD = 2;

/** Short line ending "(Credit)" after a full stop, or with a credit word inside the brackets. */
function hasTrailingCredit(text: string): boolean {
  // Most lines do not end in ")": spares them the pattern, which is tried from every "(" of the line.
  if (!text.endsWith(')')) return false;
  const match = TRAILING_CREDIT.exec(text);
  if (!match || words(text).length > MAX_CAPTION_WORDS) return false;
  const before = text.slice(0, match.index).trimEnd();
  const closesSentence = /[.!?]["'”’]?$/u.test(before) && /^\p{Lu}/u.test(match[1] as string);
  return closesSentence || CREDIT_WORDS.test(match[1] as string);
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when `short` ends with an ellipsis and nearly all its words recur in the longer `full`. */
function isTruncatedCopy(short: string, full: string): boolean {
  if (!endsWithEllipsis(short) || full.length <= short.length - 1) return false;
  const mine = wordSet(short.replace(ELLIPSIS, ''));
  const theirs = wordSet(full);
  if (mine.size < 4) return false;
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared++;
  return shared / mine.size >= 0.8;
}

/** A caption cut short ("... district of…") repeating a nearby line, or the full line it repeats. */
function isDuplicatedCaption(line: Line, { lines, index }: LineContext): boolean {
  // Asked once here rather than for each neighbour: most lines do not end in an ellipsis,
  // and then none of the four neighbours can be the full line they were cut from.
  const cut = endsWithEllipsis(line.text);
  for (let k = Math.max(0, index - NEIGHBOURHOOD); k <= Math.min(lines.length - 1, index + NEIGHBOURHOOD); k++) {
    if (k === index) continue;
    const other = (lines[k] as Line).text;
    if (cut && isTruncatedCopy(line.text, other)) return true;
    // The full caption sits right beside its cut copy, with no blank line between.
    const adjacent = k === index + 1 ? !(lines[k] as Line).blankBefore : k === index - 1 ? !line.blankBefore : false;
    if (adjacent && isTruncatedCopy(other, line.text)) return true;
  }
  return false;
}

/** Photo captions and picture credits. */
export const photoCaption: LineRule = {
  name: 'photo-caption',
  reason: 'photo caption',
  test: (line, context) =>
    CAPTION_OPENING.test(line.text) ||
    (CREDIT_OPENING.test(line.text) && (!endsWithSentencePunctuation(line.text) || words(line.text).length <= 12)) ||
    hasTrailingCredit(line.text) ||
    isDuplicatedCaption(line, context),
};
