import type { Quantity } from '../types';
import { CURRENCY_UNITS, SCALE_UNITS } from '../quantities/tables/units';

/** Spans of time are background ("after two decades of war"), not figures to check. */
const TIME_UNITS = new Set(['date', 'year', 'month', 'week', 'day', 'hour', 'minute']);

/** Units whose amounts are measured facts whatever their size (85%, a 900 km border, $4 million, magnitude 6.8). */
const MEASURED_UNITS: ReadonlySet<string> = new Set([
  'percent', 'percentage point', 'km', 'km2', 'm3', 'tonne', 'byte', 'MW', 'MWh', 'km/h', 'celsius', 'fahrenheit',
  ...CURRENCY_UNITS, ...SCALE_UNITS,
]);

/** Small counts ("the two sides", "three directions") describe a scene; they are not figures to check. */
const SMALLEST_CHECKABLE_COUNT = 10;

/** An interval this wide ("hundreds", "several million") is an impression, not a figure. */
const VAGUE_RATIO = 2;

/** True for a figure an editor would want a second source for. */
export function isCheckableFigure(q: Quantity): boolean {
  if (TIME_UNITS.has(q.unit)) return false;
  if (q.low > 0 && q.high / q.low > VAGUE_RATIO) return false;
  return MEASURED_UNITS.has(q.unit) || q.value >= SMALLEST_CHECKABLE_COUNT;
}
