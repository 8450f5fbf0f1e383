/**
 * Worker threads to start for `workers` threads of work: the calling thread
 * takes tasks too (it would otherwise sit waiting), so it counts as one.
 * On a machine of N cores `workers: N` keeps every core busy and no more;
 * 0 and 1 start none.
 */
export function workerThreadsFor(workers: number): number {
  return Math.max(0, workers - 1);
}
