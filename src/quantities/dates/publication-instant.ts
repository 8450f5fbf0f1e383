/**
 * The instant a full ISO timestamp names, in UTC milliseconds, or undefined
 * when `publishedAt` is a plain date or unreadable. A timestamp without a zone
 * is read as UTC, so the answer never depends on the machine's time zone.
 */
export function publicationInstant(publishedAt: string | undefined): number | undefined {
  if (typeof publishedAt !== 'string') return undefined;
  const m = TIMESTAMP.exec(publishedAt);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec = '0', frac = '', zone] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Math.round(Number(`0.${frac || '0'}`) * 1000));
  return ms - zoneOffsetMs(zone);
}

// The timestamp forms validate-input.ts accepts: "T" or a space, seconds and fractions optional.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** "+05:45" -> 5 h 45 min ahead of UTC; "Z" or none -> 0. */
function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
