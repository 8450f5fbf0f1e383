import type { StoryInput } from '../pipeline/compare-story';
import { chunkByWeight, targetWeight } from './chunk-by-weight';

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
 * worker (more on a large feed, see MAX_CHUNK_WEIGHT), in story order, so
 * flattening the chunks' results gives the stories' results in story order.
 */
export function chunkStories(stories: readonly StoryInput[], workers: number): StoryInput[][] {
  const total = stories.reduce((sum, s) => sum + storyWeight(s), 0);
  return chunkByWeight(stories, storyWeight, targetWeight(total, workers, 1, MAX_CHUNK_WEIGHT));
}
