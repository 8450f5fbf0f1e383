/**
 * Hostile article texts, generated on demand (never stored): huge prose, long
 * runs of one character class, odd scripts and control characters. Each
 * generator is deterministic (a seeded PRNG), so a failure reproduces.
 */

// A small seeded PRNG (the benchmark's mulberry32), so generated texts are the same on every run.
import { mulberry32 as prng } from '../../bench/corpus/prng';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const NAMES = ['Mara Okafor', 'Tomas Lind', 'the Harbor Council', 'Velmar', 'Dr. Ines Vale', 'Governor Ruth Adeyemi', 'the U.S. Navy'];
const NOUNS = ['families', 'soldiers', 'homes', 'kilometers of road', 'voters', 'boats', 'tonnes of grain'];
const VERBS = ['left the city', 'were counted', 'crossed the border', 'were rebuilt', 'arrived by Tuesday'];
const QUALS = ['', 'more than ', 'about ', 'nearly ', 'at least ', 'up to '];

/** One ordinary news sentence with a speaker, a figure and names. */
function proseSentence(rand: () => number): string {
  const n = Math.floor(rand() * 90_000) + 2;
  const figure = rand() < 0.5 ? n.toLocaleString('en-US') : `${(n % 100) + 1}%`;
  switch (Math.floor(rand() * 5)) {
    case 0:
      return `${pick(rand, NAMES)} said ${pick(rand, QUALS)}${figure} ${pick(rand, NOUNS)} ${pick(rand, VERBS)} on Monday.`;
    case 1:
      return `${pick(rand, QUALS)}${figure} ${pick(rand, NOUNS)} ${pick(rand, VERBS)}, according to ${pick(rand, NAMES)}.`;
    case 2:
      return `${pick(rand, NAMES)} met ${pick(rand, NAMES)} in Velmar and agreed to meet again, while officials denied the report.`;
    case 3:
      return `"We will not leave," ${pick(rand, NAMES)} told reporters.`;
    default:
      return `Is the figure of ${figure} right?`;
  }
}

/** Ordinary prose of about `size` UTF-16 units, in paragraphs of a few sentences. */
export function prose(size: number, seed = 1, lineBreak = '\n\n'): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const paragraph = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => proseSentence(rand)).join(' ');
    parts.push(paragraph);
    length += paragraph.length + lineBreak.length;
  }
  return parts.join(lineBreak);
}

/** `unit` repeated until the text is about `size` long. */
export function run(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

const K200 = 200_000;

/** Named hostile texts; generated lazily, each call builds the text afresh. */
export const HOSTILE: Record<string, () => string> = {
  'prose 1 MB': () => prose(1_000_000, 7),
  'dots': () => run('.', K200),
  'digits': () => run('0123456789', K200),
  'commas': () => run(',', K200),
  'digits and commas': () => run('1,2', K200),
  'capitals': () => run('ABCDEFGHIJKLMNOPQRSTUVWXYZ', K200),
  'capital words': () => run('NATO UN WHO ', K200),
  'brackets': () => run('(', K200 / 2) + run(')', K200 / 2) + run('[{<>}]', K200 / 2),
  'abbreviations': () => run('U.S. ', K200),
  'initials': () => run('J. ', K200),
  'emoji and combining marks': () => run('😀 e\u0301\u0301 👩‍👩‍👧 🇺🇳 \u0308', K200),
  'lone surrogates': () => run('\ud83d a \ude00 B. ', K200),
  'right-to-left': () => run('قال المتحدث إن 1500 جندي عبروا الحدود. אמר הדובר כי ‏1,500 חיילים. ', K200),
  'NUL and zero-width': () => run('Mara\u0000 Okafor\u200b said\u200c 1,\u200d500 \ufeffboats\u2060 left. \u0000', K200),
  'CRLF prose': () => prose(K200, 3, '\r\n\r\n'),
  'CRLF run': () => run('\r\n', K200),
  'lone CR': () => prose(K200 / 2, 5, '\r'),
  'HTML and script': () =>
    run('<p>Mara Okafor said 1,500 boats left.</p><script>var a = "U.S."; if (a < 3 && b > 2) { x = [1,2,3]; }</script>\n', K200),
  'hyphen run in a word': () => `Mara Okafor said the a${'-'.repeat(K200)}b road was closed.`,
  'apostrophe run in a word': () => `Mara Okafor said the a${"'".repeat(K200)}b road was closed.`,
  'blank run': () => `Mara Okafor said 1,500${' '.repeat(K200)}boats left.`,
  'quotes': () => run('"', K200 / 2) + run('“”«»', K200 / 2),
  'one long sentence': () => 'Mara Okafor said that ' + run('the 1,500 boats and the 2,000 families, ', K200) + 'left.',
  'one long word': () => run('a', K200),
  'capitalised vowel word': () => `Mara Okafor met A${run('aeiou', K200)} in Velmar.`,
  'names': () => run('Mara Okafor, Tomas Lind, Ines Vale and ', K200) + 'Ruth Adeyemi met.',
  'dashes': () => run('-- — – ', K200),
};
