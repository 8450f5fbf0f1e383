/**
 * Precision / recall / F1 of isNameVariant on the project's name pairs,
 * beside two baselines: plain Jaro-Winkler >= 0.9 and a shared Double
 * Metaphone code. Reported on the tuned pairs, the held-out pairs and
 * both, so a rule fitted to the tuned list cannot hide behind it.
 * Run: npx tsx bench/names.ts
 */
import { isNameVariant } from '../src/entities/is-name-variant';
import { doubleMetaphone, jaroWinklerSimilarity } from '../src/internal/nlp';
import {
  DISTINCT_PAIRS,
  HELD_OUT_NEGATIVE,
  HELD_OUT_POSITIVE,
  VARIANT_PAIRS,
} from '../test/entities/fixtures/name-pairs';

type Matcher = (a: string, b: string) => boolean;
type Pairs = readonly (readonly [string, string])[];
interface PairSet {
  positive: Pairs;
  negative: Pairs;
}

const codes = (name: string): Set<string> => {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const [p, s] = doubleMetaphone(words.join(''));
  return new Set([p, s].filter(Boolean));
};

const MATCHERS: Record<string, Matcher> = {
  isNameVariant,
  'jaro-winkler>=0.9': (a, b) => jaroWinklerSimilarity(a, b) >= 0.9,
  'double-metaphone': (a, b) => [...codes(a)].some((c) => codes(b).has(c)),
};

const SETS: Record<string, PairSet> = {
  tuned: { positive: VARIANT_PAIRS, negative: DISTINCT_PAIRS },
  'held-out': { positive: HELD_OUT_POSITIVE, negative: HELD_OUT_NEGATIVE },
  all: { positive: [...VARIANT_PAIRS, ...HELD_OUT_POSITIVE], negative: [...DISTINCT_PAIRS, ...HELD_OUT_NEGATIVE] },
};

interface Score {
  precision: number;
  recall: number;
  f1: number;
  fp: string[];
  fn: string[];
}

function score(match: Matcher, set: PairSet): Score {
  const fn = set.positive.filter(([a, b]) => !match(a, b)).map(([a, b]) => `${a} / ${b}`);
  const fp = set.negative.filter(([a, b]) => match(a, b)).map(([a, b]) => `${a} / ${b}`);
  const tp = set.positive.length - fn.length;
  const precision = tp + fp.length === 0 ? 0 : tp / (tp + fp.length);
  const recall = set.positive.length === 0 ? 0 : tp / set.positive.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, fp, fn };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

for (const [setName, set] of Object.entries(SETS)) {
  console.log(`\n== ${setName}: ${set.positive.length} variants, ${set.negative.length} look-alikes`);
  console.log(`${'matcher'.padEnd(20)}precision  recall      F1`);
  for (const [name, m] of Object.entries(MATCHERS)) {
    const r = score(m, set);
    console.log(`${name.padEnd(20)}${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`);
  }
}

// Errors of the library's matcher on every pair; the baselines' are only counted above.
const errors = score(isNameVariant, SETS.all!);
console.log(`\nisNameVariant on all pairs: ${errors.fp.length} false positives, ${errors.fn.length} false negatives`);
if (errors.fp.length) console.log(`  FP: ${errors.fp.join('; ')}`);
if (errors.fn.length) console.log(`  FN: ${errors.fn.join('; ')}`);
