/**
 * Claim-splitting benchmark over the hand-written claim set.
 * Run: npx tsx bench/claims.ts
 * A split point is where a claim piece other than the sentence's first begins:
 * the start of each later claim, and for a discontinuous claim (a relative
 * clause lifted out of it) the start of each of its later parts. A predicted
 * point counts when an expected piece begins at the same offset. Skips are
 * scored apart: a predicted skip counts when the case expects that reason.
 */
import { extractClaims } from '../src/claims';
import { CLAIM_SET, type ExpectedClaim } from '../test/claims/fixtures/claim-set';

/** Offsets where every piece of every expected claim starts, the sentence's first piece left out. */
function expectedStarts(sentence: string, claims: readonly ExpectedClaim[]): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const claim of claims) {
    const at = sentence.indexOf(claim.text, from);
    if (at < 0) throw new Error(`fixture claim not found in its sentence: ${claim.text}`);
    let inner = at;
    for (const part of claim.parts ?? [claim.text]) {
      const p = sentence.indexOf(part, inner);
      if (p < 0) throw new Error(`fixture part not found in its claim: ${part}`);
      starts.push(p);
      inner = p + part.length;
    }
    // A later claim may nest in this one's gap, so the next search starts just past this claim's start.
    from = at + 1;
  }
  return starts.sort((a, b) => a - b).slice(1);
}

let truePositives = 0;
let predictedCount = 0;
let expectedCount = 0;
let attributionRight = 0;
let attributionTotal = 0;
let skipsRight = 0;
let skipsPredicted = 0;
let skipsExpected = 0;
const misses: string[] = [];
const skipMisses: string[] = [];

for (const c of CLAIM_SET) {
  const result = extractClaims({ text: c.sentence, span: { start: 0, end: c.sentence.length } });
  const predicted = result.claims
    .flatMap((claim) => (claim.parts ?? [claim.span]).map((p) => p.start))
    .sort((a, b) => a - b)
    .slice(1);
  const expected = expectedStarts(c.sentence, c.claims);
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
  const skippedAs = result.skipped[0]?.reason;
  if (skippedAs) skipsPredicted++;
  if (c.skipped) skipsExpected++;
  if (skippedAs && skippedAs === c.skipped) skipsRight++;
  if (skippedAs !== c.skipped) skipMisses.push(c.name);
}

const ratio = (hit: number, of: number) => (of === 0 ? 1 : hit / of);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`sentences: ${CLAIM_SET.length}`);
console.log(`split points: expected ${expectedCount}, predicted ${predictedCount}, correct ${truePositives}`);
console.log(`precision: ${pct(ratio(truePositives, predictedCount))}  recall: ${pct(ratio(truePositives, expectedCount))}`);
console.log(`attribution (speaker+verb) on matched claims: ${attributionRight}/${attributionTotal}`);
console.log(
  `skips (question, opinion, no verb ...): expected ${skipsExpected}, predicted ${skipsPredicted}, correct ${skipsRight}; ` +
    `precision: ${pct(ratio(skipsRight, skipsPredicted))}  recall: ${pct(ratio(skipsRight, skipsExpected))}`,
);
if (misses.length > 0) console.log(`sentences with split errors: ${misses.join('; ')}`);
if (skipMisses.length > 0) console.log(`sentences with skip errors: ${skipMisses.join('; ')}`);
