import type { Claim, EntityMention } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { storyArticle, type StoryInput } from './compare-story';

/** The entity ids of the names a story's claims use: a feed's whole table would be cloned to every worker. */
function namesUsed(claims: readonly Claim[], idByName: Readonly<Record<string, string>>): Record<string, string> {
  const used: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const claim of claims) {
    addUsed(used, claim.mentions, idByName);
    if (claim.antecedentMentions) addUsed(used, claim.antecedentMentions, idByName);
  }
  return used;
}

function addUsed(used: Record<string, string>, mentions: readonly EntityMention[], idByName: Readonly<Record<string, string>>): void {
  for (const m of mentions) {
    // One look-up in the feed's table (a large dictionary), not two.
    const id = idByName[m.name];
    if (id !== undefined) used[m.name] = id;
  }
}

/**
 * One StoryInput per story (`stories` lists indexes into `analyses`, which
 * are in id order). `claimsOf` gives each article's claims with their entity
 * ids; a story's claims stay in report order.
 */
export function storyInputs(
  analyses: readonly ArticleAnalysisResult[],
  claimsOf: (analysis: ArticleAnalysisResult) => Claim[],
  stories: readonly (readonly number[])[],
  idByName: Readonly<Record<string, string>>,
): StoryInput[] {
  return stories.map((members) => {
    const ordered = [...members].sort((a, b) => a - b).map((i) => analyses[i]!);
    const claims: Claim[] = [];
    for (const a of ordered) for (const c of claimsOf(a)) claims.push(c);
    return {
      articles: ordered.map((a) => storyArticle(a.article, a.cleaned)),
      claims,
      idByName: namesUsed(claims, idByName),
    };
  });
}
