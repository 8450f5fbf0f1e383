/** Chunks per worker: a few, so a worker that draws light items takes another chunk instead of idling. */
export const CHUNKS_PER_WORKER = 4;

/**
 * Consecutive runs of items, each closed once its weight reaches `target`.
 * Every item lands in exactly one chunk, in order, so flattening the chunks
 * (or their results) gives the items' order back.
 */
export function chunkByWeight<T>(items: readonly T[], weight: (item: T) => number, target: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  for (const item of items) {
    current.push(item);
    sum += weight(item);
    if (sum >= target) {
      chunks.push(current);
      current = [];
      sum = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The weight per chunk for a pool: a few chunks per worker, within [min, max]. */
export function targetWeight(total: number, workers: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.ceil(total / (Math.max(1, workers) * CHUNKS_PER_WORKER))));
}
