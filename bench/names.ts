/**
 * Precision / recall / F1 of isNameVariant on the project's name pairs,
 * beside two baselines: plain Jaro-Winkler >= 0.9 and a shared Double
 * Metaphone code. Run: npx tsx bench/names.ts
 */
import { isNameVariant } from '../src/entities/is-name-variant';
import { doubleMetaphone, jaroWinklerSimilarity } from '../src/internal/nlp';
import { DISTINCT_PAIRS, VARIANT_PAIRS } from '../test/entities/fixtures/name-pairs';

type Matcher = (a: string, b: string) => boolean;

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

function score(match: Matcher): { precision: number; recall: number; f1: number; fp: string[]; fn: string[] } {
  const fn = VARIANT_PAIRS.filter(([a, b]) => !match(a, b)).map(([a, b]) => `${a} / ${b}`);
  const fp = DISTINCT_PAIRS.filter(([a, b]) => match(a, b)).map(([a, b]) => `${a} / ${b}`);
  const tp = VARIANT_PAIRS.length - fn.length;
  const precision = tp + fp.length === 0 ? 0 : tp / (tp + fp.length);
  const recall = tp / VARIANT_PAIRS.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, fp, fn };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

console.log(`pairs: ${VARIANT_PAIRS.length} variants, ${DISTINCT_PAIRS.length} look-alikes\n`);
console.log(`${'matcher'.padEnd(20)}precision  recall      F1`);
const results = Object.entries(MATCHERS).map(([name, m]) => [name, score(m)] as const);
for (const [name, r] of results) console.log(`${name.padEnd(20)}${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`);
for (const [name, r] of results) {
  console.log(`\n${name}: ${r.fp.length} false positives, ${r.fn.length} false negatives`);
  if (r.fp.length) console.log(`  FP: ${r.fp.slice(0, 12).join('; ')}`);
  if (r.fn.length) console.log(`  FN: ${r.fn.slice(0, 12).join('; ')}`);
}
