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
  // Plurals of news copy that the plural-noun shape misses ("Authorities ordered", "Troops pulled back",
  // "Prices rose"). Not "banks": a surname opens "Banks said" just as well.
  'authorities', 'people', 'troops', 'forces', 'witnesses', 'families', 'civilians', 'citizens', 'locals',
  'crews', 'staff', 'experts', 'nurses', 'children', 'women', 'men', 'victims', 'casualties', 'prices',
  'shares', 'stocks', 'sales', 'exports', 'imports', 'talks', 'negotiations', 'floods', 'floodwaters',
  'rains', 'winds', 'temperatures', 'hospitals', 'schools', 'roads', 'shops', 'businesses', 'markets',
  'companies', 'firms', 'agencies', 'wages', 'taxes', 'fares', 'rents',
  // Rates and totals economic and election copy opens with ("Turnout was 54.3 percent", "Inflation eased").
  'turnout', 'inflation', 'unemployment', 'growth', 'output', 'production', 'demand', 'revenue', 'revenues',
  'profit', 'profits', 'spending', 'debt', 'investment', 'trade',
  // Shares of a whole ("Part of the roof caved in", "Parts of the city lost power").
  'part', 'parts', 'rest', 'bulk', 'remainder',
]);
