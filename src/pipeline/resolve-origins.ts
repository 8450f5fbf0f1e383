import type { Diagnostic } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { articleOrigin } from './article-origin';
import { findNearDuplicates } from '../sources/find-near-duplicates';
import { originsFromDuplicates } from '../sources/origins-from-duplicates';

/**
 * The origin of every article: what the caller or the text says (relations,
 * reprint notices, source), and then copies found by overlapping body text
 * share the origin of their group, so three reprints of one wire story count
 * as one source.
 */
export function resolveOrigins(
  analyses: readonly ArticleAnalysisResult[],
  relations: Readonly<Record<string, string>> = {},
): { origins: Map<string, string>; diagnostics: Diagnostic[] } {
  const stated = new Map(analyses.map((a) => [a.article.id, articleOrigin(a.article, a.cleaned, relations)]));
  const bodies = analyses.map((a) => ({ id: a.article.id, text: a.cleaned.blocks.map((b) => b.text).join('\n') }));
  const copies = findNearDuplicates(bodies);
  const groupOf = originsFromDuplicates(copies, [...stated.keys()]);
  const origins = new Map([...stated.keys()].map((id) => [id, stated.get(groupOf[id] ?? id) ?? id]));
  const diagnostics: Diagnostic[] = copies.map((pair) => ({
    articleId: pair.b,
    rule: 'near-duplicate',
    message: `Shares ${Math.round(pair.overlap * 100)}% of its text with "${pair.a}": counted as one origin, not two sources.`,
  }));
  // A credited wire is partial dependence, not a copy: say it, so an editor can weigh agreement with that wire.
  for (const a of analyses) {
    if (a.cleaned.wireCredits.length === 0) continue;
    diagnostics.push({
      articleId: a.article.id,
      rule: 'wire-credit',
      message: `Credits material from ${a.cleaned.wireCredits.join(', ')}: its figures may not be independent of ${a.cleaned.wireCredits.length > 1 ? 'those wires' : 'that wire'}.`,
    });
  }
  return { origins, diagnostics };
}
