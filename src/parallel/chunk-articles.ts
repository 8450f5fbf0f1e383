import type { ArticleInput } from '../types';

/** Chunks per worker: a few, so a worker that draws short articles takes another chunk instead of idling. */
const CHUNKS_PER_WORKER = 4;
/**
 * Smallest chunk worth a message: some 100 ms of analysis at a few
 * microseconds a character, well above what cloning it costs.
 */
export const MIN_CHUNK_CHARS = 16_000;

/**
 * Consecutive runs of articles of about `targetChars` characters of text each
 * (the per-article work grows with the text). Every article lands in exactly
 * one chunk, in input order, so flattening the chunks gives the input back.
 */
export function chunkBySize(articles: readonly ArticleInput[], targetChars: number): ArticleInput[][] {
  const chunks: ArticleInput[][] = [];
  let current: ArticleInput[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.text.length;
    if (size >= targetChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Largest chunk: about 200 articles of news. A chunk's analyses are built,
 * cloned and sent in one piece, so on a large feed bigger chunks only hold
 * more memory in each thread at once.
 */
export const MAX_CHUNK_CHARS = 1_000_000;

/** The chunk size for a pool: a few chunks per worker, none smaller than `minChars` nor larger than MAX_CHUNK_CHARS. */
export function targetChunkChars(articles: readonly ArticleInput[], workers: number, minChars = MIN_CHUNK_CHARS): number {
  const total = articles.reduce((sum, a) => sum + a.text.length, 0);
  return Math.max(minChars, Math.min(MAX_CHUNK_CHARS, Math.ceil(total / (workers * CHUNKS_PER_WORKER))));
}
