import type { Claim } from '../types';
import { claimOwnText } from '../claims/claim-own-text';
import { readContentWords } from './content-words';
import { memoOf, type ClaimContent } from './claim-memo';

export type { ClaimContent } from './claim-memo';

/** Content words of a claim's own text (a discontinuous claim's nested clause is another claim's words), in order; read once per claim. */
export function claimContent(claim: Claim): Readonly<ClaimContent> {
  const memo = memoOf(claim);
  if (memo.content) return memo.content;
  const mentions = claim.mentions.map((m) => [m.span.start - claim.span.start, m.span.end - claim.span.start] as const).sort((a, b) => a[0] - b[0]);
  const content: ClaimContent = { lemmas: [], starts: [], ends: [], inMention: [] };
  readContentWords(claimOwnText(claim), content);
  // Content words come in order of start: sweep the mentions, keeping the furthest end of those begun.
  let next = 0;
  let reach = -Infinity;
  for (let k = 0; k < content.starts.length; k++) {
    const start = content.starts[k];
    while (next < mentions.length && mentions[next][0] <= start) reach = Math.max(reach, mentions[next++][1]);
    content.inMention.push(reach > start);
  }
  memo.content = content;
  return content;
}
