import type { AttributionRule, Token } from '../types';
import { clauseStartAt } from '../clause-start';
import { findLeadingSubject } from '../leading-subject';
import { CORE_REPORTING_LEMMAS, REPORTING_FORMS } from '../verb-lists';
import { buildMatch } from './build-match';

/** How far "that" may follow the verb ("reported on Friday that ..."). */
const THAT_REACH = 6;

/**
 * Non-core reporting verbs ("warned", "denied", "reported") report speech only
 * before "that" (perhaps after a short time or place phrase), a colon or a quotation.
 */
export function introducesSpeech(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (/^[:"“«]$/.test(t.text) || (t.text === ',' && /^["“«]$/.test(tokens[k + 1]?.text ?? ''))) return true;
  for (let j = k; j < tokens.length && j < k + THAT_REACH; j++) {
    if (tokens[j].lower === 'that') return true;
    if (tokens[j].kind === 'punct') return false;
  }
  // "reported the rebels had seized ...": a whole clause as the object, "that" left out.
  return clauseStartAt(tokens, k) === 'subject';
}

/** "X said (that) ...", "X told reporters ...", "On Tuesday, X warned that ...", "X has said ...". */
export const frontSpeaker: AttributionRule = {
  name: 'front-speaker',
  match(text, tokens, guarded) {
    const subject = findLeadingSubject(tokens, guarded);
    if (!subject) return null;
    const lemma = REPORTING_FORMS.get(tokens[subject.verb].lower);
    if (lemma === undefined) return null;
    if (!CORE_REPORTING_LEMMAS.has(lemma) && !introducesSpeech(tokens, subject.verb + 1)) return null;
    return buildMatch(text, tokens, subject.from, subject.to, lemma, 'front', this.name);
  },
};
