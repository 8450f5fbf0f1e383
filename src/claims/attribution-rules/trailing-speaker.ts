import type { AttributionRule, Token } from '../types';
import { isAuxiliary } from '../verb-forms';
import { INVERTING_FORMS, REPORTING_FORMS } from '../verb-lists';
import { buildMatch } from './build-match';
import { isSpeakerPhrase } from './noun-phrase';

/** Token indexes after which a trailing attribution may begin: unquoted commas and closing quotes, rightmost first. */
export function attributionBoundaries(tokens: readonly Token[], guarded: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let k = tokens.length - 2; k > 0; k--) {
    const t = tokens[k];
    if (t.kind !== 'punct') continue;
    if ((t.text === ',' && !guarded[k]) || (guarded[k] && !guarded[k + 1])) out.push(k);
  }
  return out;
}

/** Longest phrase after a trailing "X said" ("in a video posted on its website on Sunday"). */
const MAX_TAIL = 20;

/** What may follow "X said": an object or time phrase with no verb, or a comma and more quotation. */
function isTail(tokens: readonly Token[], guarded: readonly boolean[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_TAIL; k++) {
    const t = tokens[k];
    if (t.text === ',' && !guarded[k] && guarded[k + 1]) return true; // medial: "A," he said, "B."
    if (guarded[k] || t.lower === 'that' || isAuxiliary(t)) return false;
  }
  return tokens.length - from <= MAX_TAIL;
}

/** Words after which a reporting form is a noun ("the claims", "its report"); not "one" or "some", which say ("some said"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** "..., X said." / "\"...,\" X told reporters on Tuesday." / "\"...\" she added." */
export const trailingSpeaker: AttributionRule = {
  name: 'trailing-speaker',
  match(text, tokens, guarded) {
    for (const b of attributionBoundaries(tokens, guarded)) {
      for (let v = b + 2; v < tokens.length && v <= b + 16; v++) {
        const lemma = REPORTING_FORMS.get(tokens[v].lower);
        if (lemma === undefined || tokens[v].text !== tokens[v].lower) continue;
        // "calling the claims baseless", "in its report": after an article or possessive the form is a noun.
        if (NOUN_MARKERS.has(tokens[v - 1].lower)) continue;
        let end = v;
        while (end > b + 1 && isAuxiliary(tokens[end - 1])) end--;
        if (!isSpeakerPhrase(tokens, guarded, b + 1, end) || !isTail(tokens, guarded, v + 1)) break;
        return buildMatch(text, tokens, b + 1, end, lemma, 'trailing', this.name);
      }
    }
    return null;
  },
};

/** "..., said X." / "\"...,\" said X, the ministry's spokesman." */
export const invertedSpeaker: AttributionRule = {
  name: 'inverted-speaker',
  match(text, tokens, guarded) {
    for (const b of attributionBoundaries(tokens, guarded)) {
      const v = b + 1;
      const lemma = REPORTING_FORMS.get(tokens[v]?.lower ?? '');
      if (lemma === undefined || !INVERTING_FORMS.has(tokens[v].lower) || tokens[v].text !== tokens[v].lower) continue;
      if (!isSpeakerPhrase(tokens, guarded, v + 1, tokens.length)) continue;
      return buildMatch(text, tokens, v + 1, tokens.length, lemma, 'inverted', this.name);
    }
    return null;
  },
};
