import type { ArticleInput } from '../types';
import { chunkByWeight, targetWeight } from './chunk-by-weight';

/**
 * Smallest chunk worth a message: some 100 ms of analysis at a few
 * microseconds a character, well above what cloning it costs.
 */
export const MIN_CHUNK_CHARS = 16_000;

/**
 * Largest chunk: about 200 articles of news. A chunk's analyses are built,
 * cloned and sent in one piece, so on a large feed bigger chunks only hold
 * more memory in each thread at once.
 */
export const MAX_CHUNK_CHARS = 1_000_000;

const textLength = (article: ArticleInput) => article.text.length;

/**
 * Consecutive runs of articles of about `targetChars` characters of text each
 * (the per-article work grows with the text). Every article lands in exactly
 * one chunk, in input order, so flattening the chunks gives the input back.
 */
export function chunkBySize(articles: readonly ArticleInput[], targetChars: number): ArticleInput[][] {
  return chunkByWeight(articles, textLength, targetChars);
}

/** The chunk size for a pool: a few chunks per worker, none smaller than `minChars` nor larger than MAX_CHUNK_CHARS. */
export function targetChunkChars(articles: readonly ArticleInput[], workers: number, minChars = MIN_CHUNK_CHARS): number {
  const total = articles.reduce((sum, a) => sum + textLength(a), 0);
  return targetWeight(total, workers, minChars, MAX_CHUNK_CHARS);
}
