import { CorroborateError } from '../errors';

/** How far a long run has got, as `crossReferenceAsync` tells its `onProgress`. */
export interface Progress {
  /**
   * "reading": the per-article stages, counted in articles.
   * "comparing": the cross-article stages, counted in stories (one when the
   * articles are compared as one story).
   */
  step: 'reading' | 'comparing';
  done: number;
  total: number;
}

/** Called in the calling thread; what it throws ends the run with that error. */
export type ProgressListener = (progress: Progress) => void;

/**
 * A counter for one step: tells the listener 0 of `total` at once, then the
 * running count each time work is done. Without a listener it does nothing.
 */
export function progressCounter(listener: ProgressListener | undefined, step: Progress['step'], total: number): (count: number) => void {
  if (!listener) return () => {};
  let done = 0;
  listener({ step, done, total });
  return (count) => {
    done += count;
    listener({ step, done, total });
  };
}

/** `onProgress` must be a function when given. */
export function validateProgressListener(value: unknown): ProgressListener | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') {
    throw new CorroborateError('INVALID_OPTION', `options.onProgress must be a function (got ${typeof value}).`);
  }
  return value as ProgressListener;
}
