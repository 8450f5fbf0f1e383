import { CorroborateError } from '../errors';

/** `workers` must be a whole number of threads, 0 (the default) and 1 meaning the calling thread alone. */
export function validateWorkers(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new CorroborateError('INVALID_OPTION', `options.workers must be a whole number of threads, 0 or more (got ${String(value)}).`);
  }
  return value;
}
