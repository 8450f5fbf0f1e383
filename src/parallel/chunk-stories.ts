import type { StoryInput } from '../pipeline/compare-story';

/** Chunks per worker: a few, so a worker that draws small stories takes another chunk instead of idling. */
const CHUNKS_PER_WORKER = 4;

/**
 * Largest chunk, in claims (about 200 articles of news): a chunk's stories
 * are cloned into a thread and compared there at once, so on a large feed
 * bigger chunks only hold more memory in each thread (at 10,000 articles,
 * 8 chunks instead of 45 took peak RSS from 1.9 GB to 1.35 GB).
 */
export const MAX_CHUNK_WEIGHT = 10_000;

/** A story's work grows with its claims; its articles' text is what costs to clone. */
function storyWeight(story: StoryInput): number {
  return story.claims.length + 1;
}

/**
 * Consecutive runs of stories of about the same number of claims, a few per
 * worker (more on a large feed, see MAX_CHUNK_WEIGHT). Every story lands in
 * exactly one chunk, in order, so flattening the chunks' results gives the
 * stories' results in story order.
 */
export function chunkStories(stories: readonly StoryInput[], workers: number): StoryInput[][] {
  const total = stories.reduce((sum, s) => sum + storyWeight(s), 0);
  const target = Math.max(1, Math.min(MAX_CHUNK_WEIGHT, Math.ceil(total / (Math.max(1, workers) * CHUNKS_PER_WORKER))));
  const chunks: StoryInput[][] = [];
  let current: StoryInput[] = [];
  let weight = 0;
  for (const story of stories) {
    current.push(story);
    weight += storyWeight(story);
    if (weight >= target) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
