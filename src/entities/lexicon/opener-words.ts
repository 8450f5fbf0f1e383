/**
 * Common words that open sentences of news copy, capitalised only there, and
 * stand before a lower-case word: calls to action ("Stop resisting", "Sign up
 * for ...") and the nouns and adjectives that head economic and disaster
 * copy ("Consumer prices rose", "Gross reserves fell", "Media enquiries to
 * ..."). A one-word run of these is no name; a longer one ("Public Health
 * England") is left alone.
 */
export const COMMON_OPENERS: ReadonlySet<string> = new Set([
  'stop', 'sign', 'click', 'join', 'visit', 'contact', 'download', 'listen', 'enjoy', 'keep', 'try',
  'consumer', 'consumers', 'gross', 'media', 'business', 'rescue', 'relief', 'emergency', 'migrant',
  'refugee', 'retail', 'wholesale', 'headline', 'core', 'net', 'total', 'average', 'public', 'private',
  'domestic', 'economic', 'strategic', 'whole', 'global', 'heavy', 'strong', 'weak', 'higher', 'lower',
  'rising', 'falling', 'shallow', 'deep',
]);
