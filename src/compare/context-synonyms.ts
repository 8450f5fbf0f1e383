/**
 * Words news copy uses interchangeably for the thing a figure is about, as
 * content lemmas (see cluster/content-words), each group folded to its first
 * member: one outlet's "42 vessels" and another's "40 ships", or "the quake
 * killed 57" and "the earthquake death toll", should share their context
 * terms. Nouns (and the verb of a death toll) only: verbs of change ("rise",
 * "increase") are shared by too many figures of one story to tell them apart.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['earthquak', 'quak', 'tremor'],
  ['home', 'hous'],
  ['ship', 'vessel', 'boat'],
  ['death', 'kill', 'die'],
  // "strike" is both a stoppage and a blow ("struck a shoal"), one lemma: "hit" joins it as the blow.
  ['strike', 'walkout', 'stoppag', 'hit'],
  // Who a vessel or vehicle had on it: "a boat carrying 48", "62 people aboard", "on board".
  ['aboard', 'board', 'carri'],
  // A prison term: "jailed for ten years", "12 years in prison", "imprisoned for a decade".
  ['prison', 'jail', 'imprison'],
  // Money a merger is to save: "cost savings of £40 million", "synergies of £45m".
  ['save', 'synergi'],
  ['fine', 'penalti'],
  // What something is worth: "a street value of €280 million", "worth an estimated 380 million euros".
  ['valu', 'worth'],
  // A permit or deadline that ran out: "the licence had expired", "denied that it had lapsed".
  ['expir', 'laps'],
];

const CANONICAL = new Map<string, string>(GROUPS.flatMap((group) => group.map((word) => [word, group[0]!] as [string, string])));

/** The context term of a content lemma: its group's first member, or the lemma itself. */
export function contextTerm(lemma: string): string {
  return CANONICAL.get(lemma) ?? lemma;
}
