// The last date read and its day: every figure of an article asks for the same one.
let lastPublishedAt: string | undefined;
let lastDay: number | undefined;

/** UTC midnight of the day an ISO date or timestamp names, or undefined when unreadable. */
export function publishedDay(publishedAt: string | undefined): number | undefined {
  if (typeof publishedAt !== 'string') return undefined;
  if (publishedAt !== lastPublishedAt) {
    lastPublishedAt = publishedAt;
    lastDay = readDay(publishedAt);
  }
  return lastDay;
}

function readDay(publishedAt: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const ms = Date.UTC(year, month, day);
  // Reject 2021-02-31 and the like rather than roll them over.
  return new Date(ms).getUTCDate() === day && new Date(ms).getUTCMonth() === month ? ms : undefined;
}
