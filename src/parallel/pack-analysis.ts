import type { ArticleInput } from '../types';
import type { ArticleAnalysisResult } from '../pipeline/analyze-article';

/**
 * An analysis as a worker sends it back: without the article (the main thread
 * still holds it) and without the cleaned text when it is the article's text,
 * so the longest strings do not cross threads twice more.
 */
export type PackedAnalysis = Omit<ArticleAnalysisResult, 'article' | 'cleaned'> & {
  article: null;
  cleaned: Omit<ArticleAnalysisResult['cleaned'], 'text'> & { text: string | null };
};

/** Drops what the main thread can restore. Keys keep their places, so the unpacked object has the same key order. */
export function packAnalysis(result: ArticleAnalysisResult): PackedAnalysis {
  const sameText = result.cleaned.text === result.article.text;
  return { ...result, article: null, cleaned: { ...result.cleaned, text: sameText ? null : result.cleaned.text } };
}

/** The analysis as `analyzeArticle` returned it, with the caller's own article object. */
export function unpackAnalysis(packed: PackedAnalysis, article: ArticleInput): ArticleAnalysisResult {
  return { ...packed, article, cleaned: { ...packed.cleaned, text: packed.cleaned.text ?? article.text } };
}

/** The fields `analyzeArticle` reads, as plain data: extra properties (functions, class instances) need not clone. */
export function plainArticle(article: ArticleInput): ArticleInput {
  const plain: ArticleInput = { id: article.id, text: article.text };
  for (const key of ['source', 'url', 'publishedAt'] as const) if (article[key] !== undefined) plain[key] = article[key];
  return plain;
}
