import type { Span } from '../types';
import type { AttributionMatch, Token } from './types';
import { skipAdverbs } from './clause-start';
import { CORE_REPORTING_LEMMAS, REPORTING_FORMS } from './verb-lists';

const PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where']);

/**
 * "..., who said the talks failed": the relative pronoun is the speaker, so the
 * claim is attributed to its antecedent. Only for saying verbs, or a reporting
 * verb before "that"/a quote ("who denied the charges" reports no speech).
 * `tokens` are the clause's own, `antecedent` in output coordinates.
 */
export function relativeSpeaker(tokens: readonly Token[], antecedent: { text: string; span: Span } | undefined): AttributionMatch | null {
  if (!antecedent || !tokens[0] || !PRONOUNS.has(tokens[0].lower)) return null;
  const v = skipAdverbs(tokens, 1);
  const verb = tokens[v];
  const lemma = verb && verb.text === verb.lower ? REPORTING_FORMS.get(verb.lower) : undefined;
  if (lemma === undefined) return null;
  const next = tokens[v + 1];
  if (!CORE_REPORTING_LEMMAS.has(lemma) && !(next && (next.lower === 'that' || /^[:"“«]$/.test(next.text)))) return null;
  return { speaker: antecedent.text, verb: lemma, span: { ...antecedent.span }, kind: 'front', rule: 'relative-speaker' };
}
