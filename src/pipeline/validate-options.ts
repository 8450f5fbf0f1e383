import { CorroborateError } from '../errors';

const KNOWN = ['tolerance', 'clusterThreshold', 'dateSlackDays', 'relations', 'stories'] as const;
/** A year: dates further apart than this are never one event's anyway (see mayDateOneEvent). */
const MAX_DATE_SLACK_DAYS = 366;
const STORY_MODES = ['one', 'split'];

/** Unknown or out-of-range options are misuse: say which and what is allowed. */
export function validateOptions(options: unknown, extraKnown: readonly string[] = []): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CorroborateError('INVALID_OPTION', 'options must be an object.');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(KNOWN as readonly string[]).includes(key) && !extraKnown.includes(key)) {
      throw new CorroborateError('INVALID_OPTION', `Unknown option "${key}"; known options: ${[...KNOWN, ...extraKnown].join(', ')}.`);
    }
  }
  for (const key of ['tolerance', 'clusterThreshold'] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)) {
      throw new CorroborateError('INVALID_OPTION', `options.${key} must be a number from 0 to 1 (got ${String(v)}).`);
    }
  }
  const slack = o.dateSlackDays;
  if (slack !== undefined && (typeof slack !== 'number' || !Number.isInteger(slack) || slack < 0 || slack > MAX_DATE_SLACK_DAYS)) {
    throw new CorroborateError('INVALID_OPTION', `options.dateSlackDays must be a whole number of days from 0 to ${MAX_DATE_SLACK_DAYS} (got ${String(slack)}).`);
  }
  if (o.stories !== undefined && !STORY_MODES.includes(o.stories as string)) {
    throw new CorroborateError('INVALID_OPTION', `options.stories must be "one" or "split" (got ${JSON.stringify(o.stories)}).`);
  }
  const rel = o.relations;
  if (rel !== undefined && (typeof rel !== 'object' || rel === null || Object.values(rel).some((v) => typeof v !== 'string'))) {
    throw new CorroborateError('INVALID_OPTION', 'options.relations must map article ids or source names to an origin name (strings).');
  }
}
