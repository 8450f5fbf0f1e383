/*
 * People nouns the category table does not list, known by how English builds
 * them: compounds of a people noun ("dockworkers", "townspeople",
 * "fishermen") and agent suffixes ("-ist", a few "-ee" nouns). Asked only
 * after the table misses, with cheap suffix tests.
 */

/** "-ist" nouns that name no person ("wrist", "checklist", "assist"). */
const NOT_PEOPLE_IST: ReadonlySet<string> = new Set([
  'list', 'wrist', 'mist', 'fist', 'twist', 'gist', 'grist', 'whist', 'schist', 'tryst', 'heist', 'hoist',
  'joist', 'foist', 'moist', 'assist', 'exist', 'resist', 'persist', 'insist', 'consist', 'desist', 'subsist',
  'enlist', 'midst', 'amidst', 'whilst', 'zeitgeist', 'poltergeist', 'checklist', 'playlist', 'shortlist',
  'longlist', 'waitlist', 'blacklist', 'whitelist', 'wishlist', 'setlist', 'tracklist', 'watchlist',
  'booklist', 'hitlist', 'pricelist', 'waist',
]);

/** "-man" words that name no person ("abdomen" singularises to "abdoman"). */
const NOT_PEOPLE_MAN: ReadonlySet<string> = new Set([
  'talisman', 'caiman', 'cayman', 'ottoman', 'doberman', 'walkman', 'abdoman', 'specimen', 'speciman',
  'regiman', 'acuman', 'staman', 'seman', 'luman', 'hyman', 'oman', 'aman', 'yeman', 'raman', 'bituman',
  'albuman', 'gravaman', 'foraman', 'ruman', 'ceruman', 'noman', 'ataman', 'pacman', 'dolman', 'cyclaman',
]);

/** "-ee" nouns for people: the suffix alone also makes fees, trees and committees. */
const PEOPLE_EE: ReadonlySet<string> = new Set([
  'trainee', 'retiree', 'returnee', 'escapee', 'draftee', 'internee', 'nominee', 'appointee', 'invitee',
  'absentee', 'attendee', 'devotee', 'divorcee', 'amputee', 'deportee', 'trustee', 'referee', 'inductee',
  'abductee', 'enrollee', 'interviewee', 'parolee', 'detainee', 'employee', 'evacuee', 'refugee', 'licensee',
]);

/**
 * The category of a singular lower-case noun built on a people noun:
 * "dockworker" -> "worker", "townsperson" -> "person"; other people nouns
 * ("fisherman", "activist", "trainee") are their own category. Undefined
 * for nouns that name no people.
 */
export function peopleNounCategory(singular: string): string | undefined {
  const n = singular.length;
  if (n > 6 && singular.endsWith('worker')) return 'worker';
  if (n > 6 && (singular.endsWith('person') || singular.endsWith('people'))) return 'person';
  if (n > 4 && singular.endsWith('man') && !NOT_PEOPLE_MAN.has(singular)) return singular;
  if (n > 4 && singular.endsWith('ist') && !NOT_PEOPLE_IST.has(singular)) return singular;
  if (PEOPLE_EE.has(singular)) return singular;
  return undefined;
}
