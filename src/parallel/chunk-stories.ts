import type { StoryInput } from '../pipeline/compare-story';

/** Chunks per worker: a few, so a worker that draws small stories takes another chunk instead of idling. */
const CHUNKS_PER_WORKER = 4;

/** A story's work grows with its claims; its articles' text is what costs to clone. */
function storyWeight(story: StoryInput): number {
  return story.claims.length + 1;
}

/**
 * Consecutive runs of stories of about the same number of claims, a few per
 * worker. Every story lands in exactly one chunk, in order, so flattening the
 * chunks' results gives the stories' results in story order.
 */
export function chunkStories(stories: readonly StoryInput[], workers: number): StoryInput[][] {
  const total = stories.reduce((sum, s) => sum + storyWeight(s), 0);
  const target = Math.max(1, Math.ceil(total / (Math.max(1, workers) * CHUNKS_PER_WORKER)));
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
