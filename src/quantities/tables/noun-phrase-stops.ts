/**
 * Function words that end the noun phrase after a number: what a number
 * counts is the noun before any of these.
 */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'into', 'onto', 'across', 'by', 'for',
  'with', 'without', 'within', 'over', 'under', 'after', 'before', 'during', 'since', 'until',
  'as', 'than', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'where',
  'when', 'while', 'this', 'these', 'those', 'it', 'its', 'their', 'they', 'them', 'he', 'she',
  'his', 'her', 'we', 'our', 'you', 'i', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'shall', 'not', 'also', 'already', 'now', 'still', 'just', 'only', 'each',
  'per', 'more', 'less', 'most', 'least', 'about', 'around', 'some', 'nearly', 'almost', 'amid',
  'among', 'against', 'between', 'through', 'toward', 'towards', 'via', 'near', 'there', 'here',
  'so', 'if', 'then', 'because', 'according', 'said', 'says', 'say', 'told', 'including', 'like',
  'up', 'out', 'off', 'down', 'back', 'away', 'again', 'ago', 'later', 'earlier', 'last', 'next',
  'every', 'other', 'another', 'such', 'own', 'all', 'both', 'either', 'neither', 'reportedly',
  'allegedly', 'recently', 'apparently', 'reported', 'officially', 'respectively', 'total',
  'altogether', 'remain', 'remained', 'left', 'fled', 'died', 'escaped', 'arrived',
  // Irregular verbs and adverbs the -ed/-ing checks miss ("the budget goes", "a journey lay ahead").
  'go', 'goes', 'went', 'gone', 'come', 'comes', 'came', 'lay', 'lie', 'lies', 'get', 'gets', 'got',
  'take', 'takes', 'took', 'make', 'makes', 'made', 'give', 'gives', 'gave', 'stand', 'stands', 'stood',
  'hold', 'holds', 'held', 'keep', 'keeps', 'kept', 'lost', 'began', 'begin', 'begins', 'become',
  'became', 'becomes', 'spent', 'saw', 'seen', 'met', 'sat', 'ahead', 'abroad', 'today', 'yesterday',
  'tomorrow', 'too', 'very', 'even', 'ever', 'never', 'soon', 'yet', 'instead',
  // Irregular pasts that follow a subject ("60 metres of the deck fell into the river").
  'fell', 'rose', 'sank', 'broke', 'struck', 'ran', 'grew', 'shook', 'tore', 'blew', 'swept', 'fought',
  'sent', 'won', 'paid', 'sold', 'brought', 'caught', 'threw', 'drove', 'flew', 'froze', 'sought',
  'wrote', 'knew',
]);

/**
 * Present-tense verbs that end a phrase after its first word: "of the
 * population [lives] in cities", "of the public [supports] the plan". Only
 * after a first word, so "30 lives" keeps its head. Forms that are also
 * nouns after another noun ("the popular vote", "farm work") are left out.
 */
export const VERBS_AFTER_HEAD: ReadonlySet<string> = new Set([
  'lives', 'works', 'relies', 'depends', 'resides', 'earns', 'lacks', 'owns', 'uses', 'supports',
  'opposes', 'favours', 'favors', 'backs', 'believes', 'wants', 'thinks', 'speaks', 'remains',
]);

/**
 * Singular nouns ending in -ing (other -ing words are verbs and end the phrase), and "missing",
 * an adjective that is a head ("22 missing") or describes one ("two missing boats").
 */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'building', 'hearing', 'briefing', 'gathering', 'bombing', 'shooting', 'killing',
  'uprising', 'offering', 'opening', 'ending', 'crossing', 'landing', 'funding', 'spending', 'ruling',
  'missing',
]);

/** Determiners and possessives skipped after "of" ("90 percent of its troops"). */
export const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'this', 'that',
  'all',
]);
