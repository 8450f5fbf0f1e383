/** The common cast of a story: the places, people and date every template may name. */
import type { Rng } from './prng';
import { countryName, distinct, personName, placeName } from './names';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const lastName = (full: string) => full.slice(full.lastIndexOf(' ') + 1);

/** A story date in 2026 (the month's first 28 days, so every month works). */
export function storyDate(rng: Rng): { iso: string; slots: Record<string, string> } {
  const month = rng.int(12);
  const day = rng.between(1, 28);
  const date = new Date(Date.UTC(2026, month, day));
  const iso = date.toISOString().slice(0, 10);
  // The weekday named in the text is the day of the events, so it matches publishedAt.
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
  return { iso, slots: { weekday, date: `${MONTHS[month]} ${day}`, month: MONTHS[month] } };
}

export function commonCast(rng: Rng, dateSlots: Record<string, string>): Record<string, string> {
  const [country, neighbour] = distinct(rng, 2, countryName);
  const [city, town, region, river] = distinct(rng, 4, placeName);
  const people = distinct(rng, 4, personName);
  const slots: Record<string, string> = {
    ...dateSlots,
    country,
    neighbour: neighbour ?? `${country} Minor`,
    city,
    town: town ?? city,
    region: `${region ?? city} ${rng.pick(['province', 'region', 'valley', 'district'])}`,
    river: `${river ?? city} River`,
    university: `the University of ${city}`,
  };
  people.forEach((p, i) => {
    slots[`p${i + 1}`] = p;
    slots[`p${i + 1}last`] = lastName(p);
  });
  return slots;
}
