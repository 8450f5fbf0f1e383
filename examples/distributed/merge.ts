/** The reduce step: per-article indexes from the workers merged into one. */
import { createIndex, type CorroborateIndex, type CrossReferenceOptions, type SavedIndex } from '../../src/index';

/** Merge is associative and commutative, so the order the workers finished in does not matter. */
export function mergeAll(indexes: readonly SavedIndex[], options: CrossReferenceOptions): CorroborateIndex {
  const merged = createIndex(options);
  for (const index of indexes) merged.merge(index);
  return merged;
}
