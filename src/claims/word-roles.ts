import type { Token } from './types';
import { CUES } from './find-attribution';
import { BE_FORMS, HEDGE_PARTICIPLES, HEDGE_WORDS } from './find-hedges';
import { DOUBLE_QUOTE_MARKS } from './has-direct-quote';
import { DENIALS, NEGATORS } from './is-negated';
import { DEFAULT_SPLIT_RULES } from './split-rules';
import { QUOTING_VERBS } from './attribution-rules/quoted-as-saying';
import { BE_FORM, DETERMINER, HEDGE_WORD, NEGATION, PARTICIPLE, QUOTE, QUOTING_VERB, REJECTION, REPORTING_FORM, SPEAKER_CUE, SPLIT_TRIGGER, SUBORDINATOR } from './token-traits';
import { REJECTION_VERBS, REPORTING_FORMS } from './verb-lists';
import { ACCEPTING_VERBS, FALSITY_WORDS, PRONOUN_VERDICT_ENDS, VERDICT_VERBS } from './rejection-verdicts';
import { DETERMINERS, SUBORDINATORS } from './word-lists';

/**
 * For each word on a list, the role bits of its lists. Built on first use,
 * not at load: the lists' modules import the tokenizer, which imports this.
 */
let roles: ReadonlyMap<string, number> | undefined;

function buildRoles(): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, role: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | role);
  };
  add(NEGATORS, NEGATION);
  add(DENIALS, NEGATION);
  add(BE_FORMS, BE_FORM);
  add(HEDGE_PARTICIPLES, PARTICIPLE);
  add(HEDGE_WORDS, HEDGE_WORD);
  add(DOUBLE_QUOTE_MARKS, QUOTE);
  add(REJECTION_VERBS, REJECTION);
  // Rejections without a rejecting verb ("said the report was false", "called the count a fraud"):
  // the role only says a claim may reject, so the words of a verdict carry it too.
  add(FALSITY_WORDS, REJECTION);
  add(VERDICT_VERBS, REJECTION);
  add(ACCEPTING_VERBS, REJECTION);
  add(PRONOUN_VERDICT_ENDS, REJECTION);
  add(CUES, SPEAKER_CUE);
  for (const rule of DEFAULT_SPLIT_RULES) add(rule.triggers ?? [], SPLIT_TRIGGER);
  add(QUOTING_VERBS, QUOTING_VERB);
  add(DETERMINERS, DETERMINER);
  add(SUBORDINATORS, SUBORDINATOR);
  add(REPORTING_FORMS.keys(), REPORTING_FORM);
  return out;
}

/** The role bits of a token text (lower case): the lists it is on, and "n't" as a negation. */
export function wordRoles(lower: string, kind: Token['kind']): number {
  roles ??= buildRoles();
  const listed = roles.get(lower) ?? 0;
  return kind === 'word' && lower.endsWith("n't") ? listed | NEGATION : listed;
}
