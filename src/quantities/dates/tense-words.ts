/**
 * Words that place a date before or after publication. A date is read against
 * the nearest of them in its clause (clause-tense.ts).
 */

/** Future marking on its own: "will meet", "would meet", "they'll meet", "the next meeting". */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'll', 'next', 'upcoming']);

/** After "next", parts of a day a past story moves through ("the next day", "the next morning"). */
export const NARRATIVE_TIMES: ReadonlySet<string> = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

/** Future marking when "to" or "for" follows: "expected to", "set for", "plans to", "going to". */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'expected', 'scheduled', 'slated', 'planned', 'set', 'plans', 'plan', 'planning', 'intends', 'going', 'poised',
]);

/** Future marking when an object then "to" follows: "expected the winds to ease". */
export const FUTURE_BEFORE_OBJECT_TO: ReadonlySet<string> = new Set(['expected', 'expects', 'expect']);

/**
 * Modals that look back when "have" follows: "would have been full on
 * Saturday", "could have warned them on Friday" (what did not happen). "will
 * have ended by Friday" still looks ahead, so "will" is not one.
 */
export const MODALS_BEFORE_HAVE: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might', 'may', 'must']);

/** Modals that look ahead when "be" follows: "could be lifted on Saturday", "may be held in June". */
export const MODALS_BEFORE_BE: ReadonlySet<string> = new Set(['could', 'may', 'might', 'should']);

/** Before a past participle, "be" makes it passive, not past: "will be held on Sunday". */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'being']);

/**
 * Prepositions that set a limit ahead ("until June", "by Friday", "before the end of June"):
 * future marking only right before the date, and only when nothing else in the clause before
 * it says ("the strike lasted until June 3" stays past).
 */
export const LIMIT_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'by', 'before']);

/** "due" marks the future after a form of "be" ("talks are due to resume"), not in "due to the storm". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Past marking besides regular "-ed" forms: auxiliaries, irregular past tenses, "ago". */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'ago', 'yesterday',
  'said', 'told', 'began', 'became', 'broke', 'brought', 'built', 'came', 'caught', 'chose', 'drew', 'drove',
  'fell', 'felt', 'fled', 'flew', 'fought', 'found', 'gave', 'got', 'grew', 'heard', 'held', 'hid', 'hit',
  'knew', 'led', 'left', 'lost', 'made', 'meant', 'met', 'paid', 'ran', 'rang', 'rose', 'sank', 'sat', 'saw',
  'sent', 'shook', 'shot', 'slept', 'sold', 'sought', 'spent', 'spoke', 'stood', 'stole', 'struck', 'swept',
  'took', 'threw', 'thought', 'tore', 'upheld', 'went', 'withdrew', 'won', 'wore', 'wrote', 'overtook', 'oversaw',
  // Same form as the present, but a dated event told with them is past ("the dam burst on May 2").
  'burst', 'cut', 'shut', 'quit', 'spread',
]);

/** Words ending in "-ed" that are not past tenses ("need", "speed", "hundred"). */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'speed', 'proceed', 'exceed', 'succeed', 'hundred', 'red', 'bed', 'shed', 'feed', 'seed', 'breed', 'embed']);

/** A regular past tense or participle by its shape ("ended", "detained"): "-ed", five letters or more, not NOT_PAST_ED. */
export function isRegularPastForm(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word);
}

/** Words that open another clause: the scan for a tense stops there. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'where', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'whereas', 'unless', 'if',
]);
