import type { ParseContext, Parser, QuantityMatch, Token } from '../types';
import { BAND_WORDS, CALL_WORDS, LABEL_WORDS, TIME_WORDS } from '../tables/non-count-labels';
import { isModelCode } from '../tokens/model-code';
import { gluedOnlyUnitAt } from './read-unit';
import { ORDINAL_SUFFIXES, SCALE_ABBREVIATIONS } from '../tables/number-words';
import { UNIT_WORDS } from '../tables/units';
import { isHyphen, isPlainInteger, isPunct, isPunctIn, isWord, numberValue, touchesPrevious } from '../tokens/token-helpers';
import { NEAR_NUMBER } from './start-flags';
import { scaleEntryOf } from './read-scale-prefix';
import { readPhoneGroups } from './read-phone-groups';
import { readAddressNumber } from './read-address-number';
import { readApposedAge } from './read-apposed-age';
import { readBareModel, readMakerModel } from './read-aircraft-model';

/*
 * Numbers that are not amounts. Each reader returns the end token of an
 * "ignore" span starting at i; ignore spans win overlaps against counts of
 * the same length, so "News ID: 92199" or "track 2" never become counts.
 */

const ignore = (rule: string, firstToken: number, endToken: number): QuantityMatch => ({
  kind: 'ignore', rule, firstToken, endToken, value: 0, low: 0, high: 0,
});

/** Index after a run of numbers glued by one kind of separator ("21:49", "07/08/2021", "1.2.3"). */
function gluedChainEnd(tokens: Token[], i: number, separators: ReadonlySet<string>): number {
  let j = i + 1;
  while (isPunctIn(tokens[j], separators) && touchesPrevious(tokens, j) && tokens[j + 1]?.kind === 'num'
    && touchesPrevious(tokens, j + 1)) {
    j += 2;
  }
  return j;
}

const TIME_SEPARATORS: ReadonlySet<string> = new Set([':']);
const SLASH_OR_DOT: ReadonlySet<string> = new Set(['/', '.']);

/** "21:49", "9.30pm", "10 a.m.", "10 am", "14:00 GMT". */
function readTime(tokens: Token[], i: number): number | undefined {
  if (tokens[i]?.kind !== 'num') return undefined;
  const end = gluedChainEnd(tokens, i, TIME_SEPARATORS);
  let j = end;
  if (isWord(tokens[j], 'a', 'p') && isPunct(tokens[j + 1], '.') && isWord(tokens[j + 2], 'm')) {
    j += isPunct(tokens[j + 3], '.') ? 4 : 3;
  } else if (tokens[j]?.kind === 'word' && TIME_WORDS.has(tokens[j].lower)) {
    j += 1;
  } else if (isWord(tokens[j], 'o') && isPunct(tokens[j + 1], "'", '\u2019') && isWord(tokens[j + 2], 'clock')) {
    j += 3;
  }
  return j > i + 1 ? j : undefined;
}

/** "1st", "22nd", "3rd", "4th": ranks, not amounts. */
function readOrdinal(tokens: Token[], i: number): number | undefined {
  const suffix = tokens[i + 1];
  if (tokens[i]?.kind !== 'num' || suffix?.kind !== 'word' || !touchesPrevious(tokens, i + 1)) return undefined;
  return ORDINAL_SUFFIXES.has(suffix.lower) ? i + 2 : undefined;
}

/** "07/08/2021", "24/7", "1.2.3": numbers glued by slashes or repeated dots. */
function readSlashedOrDotted(tokens: Token[], i: number): number | undefined {
  if (tokens[i]?.kind !== 'num') return undefined;
  const end = gluedChainEnd(tokens, i, SLASH_OR_DOT);
  return end > i + 1 ? end : undefined;
}

/** "G7", "COVID-19", "Su-57", "A320", "5G": digits glued to letters that are no unit or scale ("magnitude-6.8" is read as a scale). */
function readCode(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind === 'word' && tokens[i + 1]?.kind === 'num' && touchesPrevious(tokens, i + 1)) return i + 2;
  if (t?.kind === 'word' && isHyphen(tokens[i + 1]) && touchesPrevious(tokens, i + 1)
    && tokens[i + 2]?.kind === 'num' && touchesPrevious(tokens, i + 2) && !isWord(t, 'mid') && !scaleEntryOf(t)) return i + 3;
  const after = tokens[i + 1];
  if (t?.kind === 'num' && after?.kind === 'word' && touchesPrevious(tokens, i + 1)
    && !ORDINAL_SUFFIXES.has(after.lower) && SCALE_ABBREVIATIONS[after.lower] === undefined
    && UNIT_WORDS[after.lower] === undefined && !TIME_WORDS.has(after.lower) && !gluedOnlyUnitAt(tokens, i + 1)) return i + 2;
  return undefined;
}

/** A number as labels are written: a plain integer ("11"), never "20,000". */
const isLabelNumber = (t: Token | undefined) => isPlainInteger(t);

/** "lines 2, 4 and 11", "gates 3 or 4": a label word's plural before a list of numbers; the end of the list. */
function readLabelList(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word' || !t.lower.endsWith('s') || !LABEL_WORDS.has(t.lower.slice(0, -1))) return undefined;
  let j = i + 1;
  if (!isLabelNumber(tokens[j])) return undefined;
  j++;
  while (isPunct(tokens[j], ',') && isLabelNumber(tokens[j + 1])) j += 2;
  if (isWord(tokens[j], 'and', 'or') && isLabelNumber(tokens[j + 1])) j += 2;
  return j;
}

/** "Article 5", "track 2", "News ID: 92199", "No. 7", "#3", "lines 2, 4 and 11". */
function readLabel(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (isPunct(t, '#') && tokens[i + 1]?.kind === 'num') return i + 2;
  const list = readLabelList(tokens, i);
  if (list !== undefined) return list;
  if (t?.kind !== 'word' || !LABEL_WORDS.has(t.lower)) return undefined;
  let j = i + 1;
  if (isPunct(tokens[j], ':', '.', '#')) j++;
  if (tokens[j]?.kind !== 'num') return undefined;
  // "no" and "number" are labels only when written as such ("No. 7", "number 10"), not "no 200 people".
  if (t.lower === 'no' && !isPunct(tokens[i + 1], '.', ':')) return undefined;
  return j + 1;
}

/** "+1 202 555 0199", "555-0199": phone numbers (a leading "+", or a 4-digit group starting with 0). */
function readPhone(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (isPunct(t, '+') && tokens[i + 1]?.kind === 'num' && touchesPrevious(tokens, i + 1)) {
    let j = i + 2;
    while (tokens[j]?.kind === 'num' || (isPunct(tokens[j], '-', '(', ')') && tokens[j + 1]?.kind === 'num')) j++;
    return j;
  }
  // A second group with a leading zero is never the top of a range.
  if (t?.kind === 'num' && /^\d{3}$/.test(t.text) && isHyphen(tokens[i + 1]) && touchesPrevious(tokens, i + 1)
    && /^0\d{3}$/.test(tokens[i + 2]?.text ?? '') && touchesPrevious(tokens, i + 2)) return i + 3;
  return readSpacedPhone(tokens, i) ?? readPhoneGroups(tokens, i);
}

/** "0800 720 555": digit groups one space apart after a leading zero, which no amount has. */
function readSpacedPhone(tokens: Token[], i: number): number | undefined {
  if (tokens[i]?.kind !== 'num' || !/^0\d{2,4}$/.test(tokens[i].text)) return undefined;
  let j = i + 1;
  while (tokens[j]?.kind === 'num' && /^\d{2,8}$/.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end + 1) j++;
  return j > i + 1 ? j : undefined;
}

/** "hotline on 1155", "helpline: 0800", "dial 999": a number to call is no amount. */
function readNumberToCall(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word' || !CALL_WORDS.has(t.lower)) return undefined;
  let j = i + 1;
  if (isWord(tokens[j], 'on', 'at') || isPunct(tokens[j], ':')) j++;
  if (tokens[j]?.kind !== 'num') return undefined;
  return readSpacedPhone(tokens, j) ?? j + 1;
}

/** Verbs that ask a reader to get in touch: the number after a later "on" is one to call. */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['call', 'phone', 'ring', 'contact', 'text', 'telephone']);
/** How far back the verb may stand: "call the centre on 0800 123, or the coast guard on 108". */
const CONTACT_REACH = 14;

/** "... or the coast guard on 108": a number after "on", ending its phrase, with a contact verb shortly before. */
function readCalledOn(tokens: Token[], i: number): number | undefined {
  if (!isWord(tokens[i], 'on') || tokens[i + 1]?.kind !== 'num') return undefined;
  const after = tokens[i + 2];
  if (after !== undefined && after.kind !== 'punct' && !isWord(after, 'or', 'and')) return undefined;
  for (let k = i - 1; k >= 0 && i - k <= CONTACT_REACH; k--) {
    if (isPunct(tokens[k], '.', '!', '?')) return undefined;
    if (tokens[k]!.kind === 'word' && CONTACT_VERBS.has(tokens[k]!.lower)) return i + 2;
  }
  return undefined;
}

/** "Kranmax KX 420 cranes": a model number after a maker's capital code. */
function readModelNumber(tokens: Token[], i: number): number | undefined {
  return isModelCode(tokens, i) ? i + 2 : undefined;
}

/** "101.7 FM", "94 MHz": a frequency to tune to. */
function readFrequency(tokens: Token[], i: number): number | undefined {
  const band = tokens[i + 1];
  return tokens[i]?.kind === 'num' && band?.kind === 'word' && BAND_WORDS.has(band.lower) ? i + 2 : undefined;
}

/** "2-1", "3-3": glued digit pairs that do not increase are scores or votes, not ranges. */
function readScore(tokens: Token[], i: number): number | undefined {
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (a?.kind !== 'num' || b?.kind !== 'num' || !isHyphen(dash)) return undefined;
  if (!touchesPrevious(tokens, i + 1) || !touchesPrevious(tokens, i + 2)) return undefined;
  return numberValue(b) <= numberValue(a) ? i + 3 : undefined;
}

const READERS: readonly (readonly [string, (tokens: Token[], i: number) => number | undefined])[] = [
  ['ignore:time', readTime],
  ['ignore:ordinal', readOrdinal],
  ['ignore:slashed', readSlashedOrDotted],
  ['ignore:phone', readPhone],
  ['ignore:score', readScore],
  ['ignore:label', readLabel],
  ['ignore:call', readNumberToCall],
  ['ignore:call', readCalledOn],
  ['ignore:model', readModelNumber],
  ['ignore:aircraft', readMakerModel],
  ['ignore:aircraft', readBareModel],
  ['ignore:address', readAddressNumber],
  ['ignore:frequency', readFrequency],
  ['ignore:age', readApposedAge],
  ['ignore:code', readCode],
];

/** Spans holding numbers that must never become counts. */
export const nonCountParser: Parser = {
  name: 'non-count',
  parse(ctx: ParseContext) {
    const out: QuantityMatch[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      // Every reader above needs a number in digits, at most two tokens after where it starts.
      if ((ctx.starts[i] & NEAR_NUMBER) === 0) continue;
      for (let k = 0; k < READERS.length; k++) {
        const end = READERS[k][1](ctx.tokens, i);
        if (end !== undefined) {
          out.push(ignore(READERS[k][0], i, end));
          break;
        }
      }
    }
    return out;
  },
};
