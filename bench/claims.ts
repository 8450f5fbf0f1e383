/**
 * Claim-splitting benchmark over the hand-written claim set.
 * Run: npx tsx bench/claims.ts
 * A split point is where a claim other than the first begins; a predicted
 * point counts when an expected claim begins at the same offset.
 */
import { extractClaims } from '../src/claims';
import { CLAIM_SET } from '../test/claims/fixtures/claim-set';

/** Offsets where the 2nd, 3rd, ... claim starts inside the sentence. */
function splitStarts(sentence: string, claimTexts: readonly string[]): number[] {
  const starts: number[] = [];
  let from = 0;
  claimTexts.forEach((text, i) => {
    const at = sentence.indexOf(text, from);
    if (at < 0) throw new Error(`fixture claim not found in its sentence: ${text}`);
    if (i > 0) starts.push(at);
    from = at + text.length;
  });
  return starts;
}

let truePositives = 0;
let predictedCount = 0;
let expectedCount = 0;
let attributionRight = 0;
let attributionTotal = 0;
const misses: string[] = [];

for (const c of CLAIM_SET) {
  const result = extractClaims({ text: c.sentence, span: { start: 0, end: c.sentence.length } });
  const predicted = result.claims.slice(1).map((claim) => claim.span.start);
  const expected = splitStarts(c.sentence, c.claims.map((e) => e.text));
  const hits = predicted.filter((p) => expected.includes(p)).length;
  truePositives += hits;
  predictedCount += predicted.length;
  expectedCount += expected.length;
  if (hits !== predicted.length || hits !== expected.length) misses.push(c.name);
  c.claims.forEach((e, i) => {
    const got = result.claims[i];
    if (!got || got.text !== e.text) return;
    attributionTotal++;
    if (got.attribution?.speaker === e.speaker && got.attribution?.verb === e.verb) attributionRight++;
  });
}

const precision = predictedCount === 0 ? 1 : truePositives / predictedCount;
const recall = expectedCount === 0 ? 1 : truePositives / expectedCount;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`sentences: ${CLAIM_SET.length}`);
console.log(`split points: expected ${expectedCount}, predicted ${predictedCount}, correct ${truePositives}`);
console.log(`precision: ${pct(precision)}  recall: ${pct(recall)}`);
console.log(`attribution (speaker+verb) on matched claims: ${attributionRight}/${attributionTotal}`);
if (misses.length > 0) console.log(`sentences with split errors: ${misses.join('; ')}`);
