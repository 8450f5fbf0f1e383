/** Closed-class word lists the clause rules lean on. All lower case. */

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'this', 'these', 'those', 'both', 'all', 'some', 'many', 'most', 'others', 'none',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'some', 'many', 'several', 'all', 'both', 'each', 'every', 'no', 'any', 'most', 'other', 'another', 'few', 'such',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
]);

/** Object pronouns: a sign that the word before them is a verb. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'itself', 'themselves', 'himself', 'herself']);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'about', 'after', 'before',
  'during', 'since', 'until', 'between', 'among', 'against', 'through', 'across', 'toward', 'towards', 'near', 'amid',
  'without', 'within', 'along', 'around', 'behind', 'beyond', 'despite', 'via', 'per', 'upon', 'off', 'outside', 'inside',
  'including', 'like', 'than', 'as', 'following', 'throughout', 'above', 'below', 'beside', 'besides',
]);

/** Adverbs that may stand between a conjunction and the verb or subject of the next clause. */
export const CLAUSE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'now', 'still', 'subsequently', 'meanwhile', 'instead', 'thus', 'therefore', 'even',
  'reportedly', 'allegedly', 'apparently', 'soon', 'immediately', 'eventually', 'finally', 'again', 'already',
  'afterwards', 'separately', 'further', 'moreover', 'however', 'yet', 'never', 'not', 'always', 'often', 'once',
]);

/** Words that open an introductory phrase before the subject ("On Tuesday, ..."). */
export const INTRO_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'but', 'and', 'or', 'so', 'yet', 'meanwhile', 'however', 'separately', 'earlier', 'later', 'also', 'still', 'instead',
  'moreover', 'furthermore', 'in', 'when', 'while', 'although', 'though', 'if', 'as', 'because', 'once', 'last',
  'yesterday', 'today', 'tonight', 'overnight', 'previously', 'recently', 'speaking', 'asked', 'addressing', 'writing',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'thereafter', 'then', 'now',
]);

export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet', 'while', 'whereas', 'so']);

/** Relative and subordinating words: a verb after them is not the main verb. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'if', 'because', 'although', 'though', 'unless', 'whether']);

/** Nouns an appositive verdict names what came before by: "..., a claim the ministry denies" (split-rules and contested read it). */
export const APPOSITIVE_STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'allegation', 'accusation', 'charge', 'assertion', 'account', 'version', 'contention', 'figure', 'estimate', 'suggestion',
]);
