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

/** Words that join a list of speakers ("Britain, France and Germany said"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/**
 * Is the subject in fact what ends a trailing attribution? A comma inside it
 * that no comma before the verb closes, with no list after it, leaves the words
 * before the comma outside the speaker ("and damaged 40 clinics, spokeswoman Ana
 * Ruiz told reporters"; "..., the largest of them, the agency said"): the
 * trailing rule reads the speaker after the last comma. An apposition closes
 * ("Sam Okafor, the council's spokesman, said").
 */
function opensWithClause(tokens: readonly Token[], guarded: readonly boolean[], from: number, to: number): boolean {
  if (tokens[to]?.text === ',') return false;
  let lastComma = -1;
  for (let k = from; k < to; k++) if (tokens[k].text === ',' && !guarded[k]) lastComma = k;
  if (lastComma < 0) return false;
  for (let k = lastComma + 1; k < to; k++) if (LIST_JOINERS.has(tokens[k].lower)) return false;
  return true;
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
    if (opensWithClause(tokens, guarded, subject.from, subject.to)) return null;
    return buildMatch(text, tokens, subject.from, subject.to, lemma, 'front', this.name);
  },
};
