import type { ParseContext, Parser, QuantityMatch } from '../types';
import { readAmount } from '../numbers/read-amount';
import { tidy } from '../numbers/tidy';
import { isWord } from '../tokens/token-helpers';
import { readCurrencyPrefix } from './read-currency-prefix';
import { readScalePrefix } from './read-scale-prefix';
import { AMOUNT_START } from './start-flags';
import { readRangeTail } from './read-range-tail';
import { readUnit, scaleReading } from './read-unit';
import { readFractionUnit } from './read-fraction-unit';
import { readMeasuredMagnitude } from './read-measured-magnitude';
import { readSpacedMetre } from './read-spaced-metre';
import { readSpacedScale } from './read-spaced-scale';

/** How the counted subject of a reading may be found. */
function subjectModeOf(unit: string | undefined, adjectival: boolean, preset: boolean): QuantityMatch['subjectMode'] {
  if (preset) return 'none';
  if (adjectival || unit === undefined) return 'direct';
  return 'of-only';
}

/** The whole quantity starting at token i: currency, amount, range, unit. */
function readQuantityAt(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const { tokens } = ctx;
  const between = isWord(tokens[i], 'between');
  let j = between ? i + 1 : i;
  const currency = readCurrencyPrefix(tokens, j);
  if (currency) j = currency.next;
  const plain = readAmount(tokens, j);
  if (plain === undefined) return undefined;
  // "$300 m", "300 m euros": a million written apart from a sum of money.
  const amount = readSpacedScale(tokens, plain, currency !== undefined) ?? plain;
  // "magnitude 6.8": the scale before the number is its unit, and the quantity starts at it.
  const scale = currency || between ? undefined : readScalePrefix(tokens, i);
  const range = readRangeTail(tokens, amount, { between, afterFrom: isWord(tokens[i - 1], 'from') });
  if (between && range === undefined) return undefined;
  const end = range ? range.endToken : amount.endToken;
  const read = amount.kind === 'fraction'
    ? readFractionUnit(tokens, end)
    : scale
      ? scaleReading(scale.entry, end)
      : readUnit(tokens, end, amount.kind === 'vague');
  // A lone "m" after a sum of money is its million, never metres.
  const written = read.unit === undefined && read.endToken === end && !currency && amount.kind === 'digits'
    ? readSpacedMetre(tokens, end) ?? read : read;
  // "the quake measured 6.1": a bare figure whose scale the verb's subject names.
  const measured = written.unit === undefined && written.endToken === end && !currency && !range && amount.kind === 'digits'
    ? readMeasuredMagnitude(tokens, i, end, amount.value) : undefined;
  const reading = measured ? scaleReading(measured, end) : written;
  const unit = currency?.unit ?? reading.unit;
  const factor = currency ? 1 : reading.factor;
  const low = tidy((range ? range.low : amount.low) * factor);
  const high = tidy((range ? range.high : amount.high) * factor);
  const value = range ? tidy((low + high) / 2) : tidy(amount.value * factor);
  const kind = range ? 'range' : amount.kind;
  return {
    kind: 'quantity',
    rule: `number:${kind}`,
    firstToken: scale ? scale.first : i,
    endToken: reading.endToken,
    value,
    low,
    high,
    unit,
    subject: reading.subjectWord,
    vagueWord: amount.vagueWord,
    amount: { firstToken: amount.firstToken, endToken: range ? range.endToken : amount.endToken, kind: amount.kind },
    adjectival: reading.adjectival,
    // "one in three voters" names its subject directly; other fractions only through "of".
    subjectMode: isWord(tokens[amount.endToken - 2], 'in') && amount.kind === 'fraction'
      ? 'direct'
      : subjectModeOf(unit, reading.adjectival, reading.subjectWord !== undefined),
  };
}

/** Numbers in digits or words, with their ranges and units. */
export const numberParser: Parser = {
  name: 'number',
  parse(ctx) {
    const out: QuantityMatch[] = [];
    let i = 0;
    while (i < ctx.tokens.length) {
      // Most tokens can start no quantity: the readers are tried only where one may.
      const match = (ctx.starts[i] & AMOUNT_START) !== 0 ? readQuantityAt(ctx, i) : undefined;
      if (match) {
        out.push(match);
        i = match.endToken;
      } else {
        i++;
      }
    }
    return out;
  },
};
