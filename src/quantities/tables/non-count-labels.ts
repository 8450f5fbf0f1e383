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
]);

/** Words after a number that make it a clock time ("10 am", "21:49 GMT"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'cet', 'est', 'edt', 'bst']);

/** Words that lead a number to call, with or without "on"/"at" ("hotline on 1155", "dial 999"). */
export const CALL_WORDS: ReadonlySet<string> = new Set(['hotline', 'hotlines', 'helpline', 'helplines', 'dial', 'dialling', 'dialing']);
