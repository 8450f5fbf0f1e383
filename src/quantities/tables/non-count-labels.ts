/**
 * Words that name a numbered thing rather than count it ("Article 5",
 * "track 2", "News ID: 92199"): the number after them is a label.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'chapter', 'section', 'clause', 'paragraph', 'resolution', 'amendment', 'track',
  'phase', 'flight', 'route', 'highway', 'page', 'pages', 'figure', 'fig', 'title', 'room', 'gate',
  'platform', 'terminal', 'level', 'grade', 'category', 'model', 'version', 'ver', 'item', 'lot',
  'id', 'no', 'nos', 'number', 'code', 'ref', 'ext', 'tel', 'phone', 'fax', 'box', 'vol', 'volume',
  'issue', 'episode', 'season', 'part', 'stage', 'zone', 'sector', 'channel', 'block', 'building',
  'apartment', 'suite', 'line', 'tower', 'district', 'precinct', 'ward', 'pier', 'hall', 'bus',
  'runway', 'runways', 'berth', 'hangar', 'interstate',
]);

/** Words after a number that make it a clock time ("10 am", "21:49 GMT"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'cet', 'est', 'edt', 'bst']);

/** Words that lead a number to call, with or without "on"/"at" ("hotline on 1155", "dial 999"). */
export const CALL_WORDS: ReadonlySet<string> = new Set(['hotline', 'hotlines', 'helpline', 'helplines', 'dial', 'dialling', 'dialing']);

/** Words that end a street's name ("14 Anchor Street", "9 Mill Ln"): the number before the name is an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'lane', 'ln', 'boulevard', 'blvd', 'square', 'sq',
  'drive', 'terrace', 'crescent', 'parade', 'embankment', 'quay', 'wharf', 'row', 'mews', 'gardens', 'way',
  'place', 'pl', 'strasse', 'straße', 'calle',
]);

/** Words before a house number ("lives at 14 Anchor Street"); other figures before a street's name may count ("fined 20 Wall Street banks"). */
export const ADDRESS_LEAD_WORDS: ReadonlySet<string> = new Set([
  'at', 'on', 'in', 'from', 'to', 'into', 'near', 'outside', 'inside', 'opposite', 'behind', 'beside', 'past',
  'along', 'off', 'of', 'and', 'or', 'address', 'located', 'headquartered', 'based',
]);

/** Broadcast bands after a frequency ("101.7 FM"). */
export const BAND_WORDS: ReadonlySet<string> = new Set(['fm', 'mhz', 'khz']);

/** Aircraft makers whose next number is a model ("Boeing 737-800", "Tupolev 154"). */
export const AIRCRAFT_MAKERS: ReadonlySet<string> = new Set([
  'boeing', 'airbus', 'embraer', 'bombardier', 'cessna', 'tupolev', 'ilyushin', 'antonov', 'sukhoi', 'mcdonnell',
  'lockheed', 'fokker', 'dassault', 'gulfstream', 'learjet', 'sikorsky', 'comac', 'atr', 'beechcraft',
  'yakovlev', 'kamov', 'saab', 'dornier', 'pilatus',
]);
