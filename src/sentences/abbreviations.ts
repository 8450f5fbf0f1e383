/**
 * Word lists the sentence rules consult. Entries are written without the
 * final period; lookups strip it. Kept apart from the rules so they can grow
 * without touching logic.
 */

/** Titles and place prefixes that always precede a name, so never end a sentence. Case-sensitive. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Sr', 'Sra',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Gov', 'Sen',
  'Rep', 'Pres', 'Supt', 'Insp', 'Amb', 'Atty', 'Sec', 'Gens', 'Sens', 'Reps', 'Lt.Col',
  'St', 'Ste', 'Mt', 'Ft', 'Pt',
]);

/** Abbreviations that stand before a number ("No. 5", "p. 55"): not a boundary when a digit follows. Lower-case. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'n°', 'nr', 'p', 'pp', 'fig', 'figs', 'vol', 'vols', 'art', 'arts', 'ch', 'chap', 'sec',
  'sect', 'para', 'op', 'ed', 'eds', 'ex', 'tel', 'pt', 'rt', 'ca', 'approx', 'max', 'min', 'cf',
]);

/** Month abbreviations: not a boundary when a day or year follows ("Feb. 20"). Lower-case. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that introduce more text and cannot end a sentence ("e.g.", "vs."). Lower-case. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'vs', 'v', 'viz', 'cf', 'approx', 'esp', 'incl', 'ca',
]);

/**
 * Abbreviations that may end a sentence ("Inc.", "Co.", "etc.", "a.m."): a
 * boundary only when a clear sentence opener follows. Lower-case.
 */
export const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'esq', 'etc', 'et al', 'al', 'dept',
  'univ', 'assn', 'assoc', 'govt', 'intl', 'natl', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'mfg', 'est',
  'a.m', 'p.m', 'am', 'pm', 'u.s', 'u.k', 'e.u', 'u.n', 'u.s.a', 'ph.d', 'b.a', 'm.a', 'b.sc', 'm.sc',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'mins', 'hrs', 'yr', 'yrs',
  'km', 'kg', 'lbs', 'oz', 'ft', 'sq', 'mi', 'bn', 'mln', 'tn',
]);

/**
 * Words that almost always open a sentence: pronouns, determiners, question
 * words, conjunctions and sentence adverbs. After an ambiguous abbreviation
 * ("U.S.", "Co.") one of these means the sentence really ended; a capitalised
 * noun ("U.S. Army") means it did not.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'when', 'where', 'why',
  'how', 'who', 'whom', 'whose', 'which', 'but', 'and', 'or', 'so', 'yet', 'if', 'then', 'however',
  'meanwhile', 'still', 'also', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'such', 'while',
  'although', 'though', 'since', 'because', 'after', 'before', 'earlier', 'later', 'now', 'today',
  'yesterday', 'tomorrow', 'nevertheless', 'moreover', 'furthermore', 'indeed', 'instead', 'thus',
  'please', 'let', "let's", 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will',
  'would', 'should', 'have', 'has', 'had', 'no', 'not', 'in', 'on', 'at', 'as', 'for', 'one', 'two',
]);

/** Lower-case words after which a line cannot end a heading: it was broken mid-sentence. */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'into', 'onto', 'over', 'under', 'about', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'its',
  'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'told', 'between', 'among', 'after',
  'before', 'during', 'against', 'toward', 'towards', 'via', 'per', 'if', 'when', 'while', 'where',
]);
