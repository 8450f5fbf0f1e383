import type { AttributionRule, Token } from '../types';
import { isAuxiliary, verbClassOf, VerbClass } from '../verb-forms';
import { CORE_REPORTING_LEMMAS, REPORTING_FORMS } from '../verb-lists';
import { buildMatch } from './build-match';
import { introducesSpeech } from './front-speaker';
import { isSpeakerPhrase } from './noun-phrase';

/** Relative words that open a restrictive clause inside a subject, lower case only ("WHO" is the agency). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that']);
/** How far into the clause the relative word may stand ("A small relief group whose ..."). */
const MAX_HEAD = 8;
/** How far past the relative word the reporting verb may stand. */
const MAX_CLAUSE = 18;

/** Punctuation a subject may hold: anything else (a comma, a bracket, a quote) ends the search. */
function breaksSubject(t: Token, guarded: boolean): boolean {
  return guarded || (t.kind === 'punct' && !/^['’&.-]$/.test(t.text));
}

/** Index of the first lower-case relative word after a head noun phrase, or -1. */
function relativeAfterHead(tokens: readonly Token[], guarded: readonly boolean[]): number {
  for (let k = 1; k < tokens.length && k <= MAX_HEAD; k++) {
    if (breaksSubject(tokens[k], guarded[k])) return -1;
    if (RELATIVES.has(tokens[k].text)) return isSpeakerPhrase(tokens, guarded, 0, k) ? k : -1;
  }
  return -1;
}

/**
 * "A charity whose ship saw the sinking said on Monday that ...", "The group
 * that runs the shelter told reporters ...": a subject carrying a restrictive
 * relative clause, which the leading-subject reader stops at. The clause's own
 * verb comes first (so in "The man who said he saw it told police ..." the
 * speaker is the man who said so, and the verb "tell"); a reporting verb after it
 * other than "say", "tell" and their kin must introduce speech, as in
 * `frontSpeaker`. The speaker is the whole subject, clause included.
 */
export const relativeSubject: AttributionRule = {
  name: 'relative-subject',
  match(text, tokens, guarded) {
    const r = relativeAfterHead(tokens, guarded);
    if (r < 0) return null;
    let clauseVerb = false;
    for (let v = r + 1; v < tokens.length && v <= r + MAX_CLAUSE; v++) {
      const t = tokens[v];
      if (breaksSubject(t, guarded[v])) return null;
      const lemma = t.text === t.lower ? REPORTING_FORMS.get(t.lower) : undefined;
      if (lemma !== undefined && clauseVerb && !isAuxiliary(tokens[v - 1]) && (CORE_REPORTING_LEMMAS.has(lemma) || introducesSpeech(tokens, v + 1))) {
        return buildMatch(text, tokens, 0, v, lemma, 'front', this.name);
      }
      // Any word that can be a verb is the clause's own: "whose boat saw", "who fled", "that runs".
      if (verbClassOf(t) !== VerbClass.None || lemma !== undefined) clauseVerb = true;
    }
    return null;
  },
};
