/** Words that mark a name as an organisation wherever they stand in it. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'ministry', 'agency', 'office', 'council', 'party', 'front', 'command',
  'institution', 'institute', 'news', 'press', 'army', 'forces', 'bank', 'committee', 'union', 'university',
  'association', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'movement', 'commission',
  'department', 'parliament', 'assembly', 'court', 'police', 'service', 'times', 'post', 'radio',
  'television', 'network', 'league', 'alliance', 'federation', 'foundation', 'fund', 'nations', 'board',
  'authority', 'congress', 'senate', 'government', 'cabinet', 'brigade', 'brigades', 'militia', 'guard',
  'corps', 'navy', 'tribunal', 'secretariat', 'bureau', 'center', 'centre', 'club', 'society', 'channel',
  'herald', 'tribune', 'journal', 'gazette', 'daily', 'broadcasting', 'airlines', 'reuters', 'coalition', 'chamber',
  'administration', 'services',
]);

/** Words that make a name a place when they end it ("Badghis Province", "Hudson River"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'city', 'province', 'district', 'county', 'region', 'state', 'island', 'islands', 'republic', 'valley',
  'river', 'sea', 'ocean', 'gulf', 'strait', 'mountains', 'mountain', 'mount', 'lake', 'kingdom', 'desert',
  'peninsula', 'bay', 'coast', 'border', 'crossing', 'airport', 'port', 'square', 'street', 'avenue',
  'village', 'town', 'capital', 'governorate', 'prefecture', 'oblast', 'territory', 'emirates', 'pass',
]);

/** Lower-case nouns that make the name next to them a place ("Laghman province", "city of X"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'province', 'district', 'county', 'region', 'state', 'town', 'village', 'capital', 'valley',
  'governorate', 'prefecture', 'oblast', 'border', 'island', 'port', 'area', 'crossing', 'airport',
]);

/** Ends of single place names: -stan, -ia, -land ... checked on the last token. */
export const PLACE_SUFFIXES: readonly string[] = ['stan', 'ia', 'land', 'burg', 'grad', 'abad', 'pur', 'ville'];

/** Prepositions that usually introduce a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'into', 'near', 'across', 'outside', 'inside']);

/** Speech verbs whose subject is usually a person ("Doe said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'noted', 'warned', 'tweeted', 'wrote', 'explained',
  'reiterated', 'insisted', 'declared', 'argued', 'replied', 'recalled', 'stressed', 'emphasized',
  'emphasised', 'asked', 'answered', 'commented', 'acknowledged', 'admitted',
]);
