/**
 * Capitalised words that start sentences or headlines but never name anything:
 * function words, pronouns, discourse adverbs, months, weekdays and the labels
 * news sites put in front of captions. Lower-case; compared case-insensitively.
 */
const FUNCTION_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'as', 'at', 'by', 'for', 'from', 'in',
  'into', 'on', 'onto', 'of', 'off', 'to', 'with', 'without', 'within', 'over', 'under', 'after', 'before',
  'during', 'since', 'until', 'while', 'when', 'where', 'what', 'which', 'who', 'whom', 'whose', 'why',
  'how', 'although', 'though', 'because', 'unless', 'whether', 'than', 'then', 'there', 'here', 'this',
  'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'i', 'you', 'him', 'her', 'his', 'hers',
  'our', 'ours', 'their', 'theirs', 'my', 'your', 'us', 'them', 'some', 'many', 'most', 'much', 'more',
  'all', 'both', 'neither', 'either', 'no', 'not', 'none', 'each', 'every', 'any', 'other', 'another',
  'such', 'about', 'above', 'below', 'against', 'among', 'amid', 'amongst', 'between', 'beyond', 'despite',
  // Prepositions that open a sentence of place or number: "Around 80,000 people", "Across the valley".
  'around', 'across', 'along', 'alongside', 'behind', 'beneath', 'beside', 'inside', 'outside', 'underneath',
  'through', 'throughout', 'toward', 'towards', 'upon', 'via', 'per', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall',
  'may', 'might', 'must', 'yes', 'also', 'just', 'only', 'even', 'still', 'already', 'now', 'later',
  'earlier', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead',
  'indeed', 'thus', 'therefore', 'hence', 'otherwise', 'besides', 'according', 'following', 'regarding',
  'last', 'next', 'first', 'second', 'third', 'finally', 'today', 'tomorrow', 'yesterday', 'tonight',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  // The rest of the number words, so a compound keeps no name part either ("Thirty-one survivors").
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'tens', 'scores', 'several', 'few', 'half',
  'please', 'thank', 'thanks', 'oh', 'well', 'let', 'like', 'unlike', 'near', 'out', 'up', 'down',
];

/** Pronouns for anyone or anything, reflexives, and adverbs of time and degree that open sentences ("Nobody", "Once", "Late on Monday"). */
const INDEFINITE_WORDS = [
  'nobody', 'nothing', 'nowhere', 'everyone', 'everybody', 'everything', 'everywhere', 'someone', 'somebody',
  'something', 'somewhere', 'anyone', 'anybody', 'anything', 'anywhere', 'whoever', 'whatever', 'whichever',
  'whenever', 'wherever', 'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves',
  'themselves', 'once', 'twice', 'again', 'almost', 'perhaps', 'maybe', 'often', 'sometimes', 'soon', 'never',
  'always', 'too', 'very', 'rather', 'quite', 'ago', 'together', 'late', 'early', 'overall',
];

const CALENDAR_WORDS = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Months and weekdays written in full, "may" included (a function word above as well). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...CALENDAR_WORDS, 'may']);

/**
 * Short forms of months and weekdays. They are also names ("Jan Egeland",
 * "Sun Yat-sen", "Dec Murphy"), so they count as stop words only where a
 * date goes on after them (see name-token's isStopWordAt).
 */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Labels of captions, teasers and page furniture, written in capitals or title case. */
const PAGE_LABELS = [
  'file', 'photo', 'photos', 'video', 'watch', 'read', 'update', 'updated', 'breaking', 'exclusive',
  'opinion', 'analysis', 'advertisement', 'share', 'comment', 'comments', 'related', 'subscribe', 'editor',
  'courtesy',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...INDEFINITE_WORDS, ...CALENDAR_WORDS, ...DATE_ABBREVIATIONS, ...PAGE_LABELS]);

/** Lower-case words that may sit inside a name between capitalised words ("Bank of England", "bin", "van"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'bin', 'ibn', 'ben', 'bint', 'al', 'el', 'ul', 'ud', 'ad', 'de', 'da', 'di', 'du', 'del', 'della',
  'der', 'den', 'van', 'von', 'la', 'le', 'y', 'dos', 'das',
]);

/** Lower-case prefixes glued to a capitalised name by a hyphen or apostrophe ("al-Assad", "d'Estaing"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ud', 'ad', 'as', 'ash', 'at', 'ar', 'az', 'an', 'ibn', 'bin', 'abu', 'da', 'de', 'di',
  'du', 'van', 'von', 'd', 'l',
]);
