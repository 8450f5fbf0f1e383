import type { ArticleInput } from '../types';
import type { ArticleAnalysisResult } from '../pipeline/analyze-article';
import { dropArticleSlices, restoreArticleSlices } from './slice-texts';

/**
 * An analysis as a worker sends it back: without the article (the main thread
 * still holds it) and without the cleaned text when it is the article's text,
 * so the longest strings do not cross threads twice more.
 */
export type PackedAnalysis = Omit<ArticleAnalysisResult, 'article' | 'cleaned'> & {
  article: null;
  cleaned: Omit<ArticleAnalysisResult['cleaned'], 'text'> & { text: string | null };
};

/**
 * Drops what the main thread can restore: the article, and every text that
 * is a stretch of it (see slice-texts.ts). Keys keep their places, so the
 * unpacked object has the same key order. It uses the analysis up: the texts
 * are left out in place, as the worker sends it and lets it go.
 */
export function packAnalysis(result: ArticleAnalysisResult): PackedAnalysis {
  const sameText = result.cleaned.text === result.article.text;
  dropArticleSlices(result);
  return { ...result, article: null, cleaned: { ...result.cleaned, text: sameText ? null : result.cleaned.text } };
}

/** The analysis as `analyzeArticle` returned it, with the caller's own article object and its texts cut from it. */
export function unpackAnalysis(packed: PackedAnalysis, article: ArticleInput): ArticleAnalysisResult {
  const result = { ...packed, article, cleaned: { ...packed.cleaned, text: packed.cleaned.text ?? article.text } };
  restoreArticleSlices(result);
  return result;
}

/** The fields `analyzeArticle` reads, as plain data: extra properties (functions, class instances) need not clone. */
export function plainArticle(article: ArticleInput): ArticleInput {
  const plain: ArticleInput = { id: article.id, text: article.text };
  for (const key of ['source', 'url', 'publishedAt'] as const) if (article[key] !== undefined) plain[key] = article[key];
  return plain;
}
