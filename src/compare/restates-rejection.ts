import type { Claim } from '../types';
import { claimContent } from '../cluster/claim-content';
import { claimOwnText } from '../claims/claim-own-text';
import { rejectionWordStart } from '../claims/is-rejection';
import { lemmasSplitAt } from './lemmas-split-at';

/** Fewer words than this before the rejecting verb say too little about who rejects to tell a restatement. */
const MIN_SUBJECT_WORDS = 2;

/**
 * The content words a rejection has only before its rejecting verb: who
 * rejects, and where ("Diplomats in Wexica" of "Diplomats in Wexica dismissed
 * the report that ..."), leaving out words the rejected statement repeats.
 * Undefined when there are too few to go by.
 */
export function rejectionSubjectWords(rejection: Claim): ReadonlySet<string> | undefined {
  const verbAt = rejectionWordStart(claimOwnText(rejection));
  if (verbAt < 0) return undefined;
  const { before, after } = lemmasSplitAt(rejection, verbAt);
  for (const word of after) before.delete(word);
  return before.size >= MIN_SUBJECT_WORDS ? before : undefined;
}

/** A claim sharing this many of the subject's words, and at least a third of them, retells the rejection. */
const MIN_SHARED = 2;

/**
 * Whether a claim restates the rejection instead of stating what it rejects:
 * it holds two or more, and at least a third, of the words only the
 * rejection's subject has. Another outlet's "Newspapers in Carrica ran
 * editorials that questioned the account" retells "Commentators in Carrica
 * published columns that challenged the account"; it is not the account they
 * dispute. One shared word is not enough: "Taliban officials said ..." is
 * what "Officials in Kabul rejected ..." answers.
 */
export function restatesRejection(claim: Claim, subjectWords: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  for (const lemma of claimContent(claim).lemmas) if (subjectWords.has(lemma)) seen.add(lemma);
  return seen.size >= MIN_SHARED && seen.size * 3 >= subjectWords.size;
}
