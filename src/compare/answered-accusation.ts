import type { Claim } from '../types';
import { claimOwnText } from '../claims/claim-own-text';

/** Words that make a claim an accusation someone may answer ("accused the port of ...", "alleged that ..."). */
const ACCUSING = /\b(?:accus(?:ed|es|ing|ations?)|alleg(?:ed|es|ing|ations?)|blam(?:ed|es|ing))\b/;

/** An accusation or a charge laid ("charged him with fraud"): what "denied the charges" can answer. */
const ACCUSING_OR_CHARGING = new RegExp(`${ACCUSING.source}|\\bcharg(?:ed|es|ing)\\b`);

/** Whether a claim accuses or charges someone (its own text). */
export function accuses(claim: Claim): boolean {
  return ACCUSING_OR_CHARGING.test(claimOwnText(claim));
}

/**
 * The accusation a rejection answers when it follows one straight away in
 * the same article: "Aid groups accused the port of slow repairs." then
 * "The mayor denied that work had stalled." The two need share no word, so
 * only the claim just before counts, and only when it accuses.
 */
export function answeredAccusation(rejection: Claim, articleClaims: readonly Claim[]): Claim | undefined {
  let previous: Claim | undefined;
  for (const c of articleClaims) {
    if (c.span.end > rejection.span.start) break;
    previous = c;
  }
  if (!previous || previous.rejects || previous.negated) return undefined;
  return ACCUSING.test(claimOwnText(previous)) ? previous : undefined;
}
