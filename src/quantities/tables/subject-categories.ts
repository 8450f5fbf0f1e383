import { lookupTable } from '../../internal/lookup-table';
/**
 * General news categories for what a number counts. Keys are lower-case
 * nouns (singular and irregular plural forms); values the canonical category.
 * Insurgent fighters are kept apart from soldiers on purpose: the two are
 * different sides of a conflict, and merging them would hide real conflicts.
 */
export const CATEGORY_WORDS: Readonly<Record<string, string>> = lookupTable({
  soldier: 'soldier', troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier',
  servicewoman: 'soldier', servicewomen: 'soldier', reservist: 'soldier', commando: 'soldier',
  paratrooper: 'soldier', marine: 'soldier', infantryman: 'soldier', infantrymen: 'soldier',
  conscript: 'soldier', force: 'soldier', guardsman: 'soldier', guardsmen: 'soldier',
  fighter: 'fighter', militant: 'fighter', insurgent: 'fighter', rebel: 'fighter',
  guerrilla: 'fighter', jihadist: 'fighter', combatant: 'fighter',
  civilian: 'civilian', noncombatant: 'civilian',
  refugee: 'refugee', evacuee: 'refugee',
  migrant: 'migrant', immigrant: 'migrant',
  prisoner: 'prisoner', inmate: 'prisoner', detainee: 'prisoner', captive: 'prisoner', convict: 'prisoner',
  hostage: 'hostage',
  // A crowd counts people: "police put the crowd at 12,000" against "40,000 people came".
  crowd: 'crowd', crowds: 'crowd',
  people: 'person', person: 'person', persons: 'person', individual: 'person',
  death: 'death', dead: 'death', killed: 'death', fatality: 'death', fatalities: 'death', life: 'death', lives: 'death',
  injury: 'injury', injured: 'injury', wounded: 'injury',
  casualty: 'casualty', casualties: 'casualty',
  vote: 'vote', ballot: 'vote',
  police: 'police', policeman: 'police', policemen: 'police', policewoman: 'police', policewomen: 'police',
  child: 'child', children: 'child', woman: 'woman', women: 'woman', man: 'man', men: 'man',
  // Lines on a map: outlets say frontier or boundary for the same border.
  border: 'border', frontier: 'border', boundary: 'border',
});

/**
 * Adjectives that count people when they are the head ("20,000 displaced",
 * "eight missing"). Kept out of CATEGORY_WORDS, which also gives the
 * clustering its lemmas: there they would merge claims about different things.
 */
export const STATE_CATEGORY_WORDS: Readonly<Record<string, string>> = lookupTable({
  // Evacuees are counted with refugees (as growing counts are, see compare/growing-counts.ts).
  evacuated: 'refugee',
  // Left without a home: not the dead or the missing.
  displaced: 'displaced', homeless: 'displaced',
  // The missing are neither dead nor alive in the count: kept apart from both.
  missing: 'missing', unaccounted: 'missing',
  // Cut off alive ("31 trapped underground"): neither the dead nor the missing.
  trapped: 'trapped', stranded: 'trapped',
});

/** Two-word categories, checked before single words ("security personnel"). */
export const CATEGORY_PHRASES: Readonly<Record<string, string>> = lookupTable({
  'security personnel': 'soldier', 'military personnel': 'soldier', 'army personnel': 'soldier',
  'service member': 'soldier', 'service members': 'soldier', 'security force': 'soldier',
  'security forces': 'soldier', 'armed forces': 'soldier', 'border guard': 'soldier',
  'border guards': 'soldier', 'asylum seeker': 'refugee', 'asylum seekers': 'refugee',
  'police officer': 'police', 'police officers': 'police',
  'displaced people': 'displaced', 'displaced persons': 'displaced', 'homeless people': 'displaced',
  'missing people': 'missing', 'missing persons': 'missing',
  // "of gross domestic product" says what "of GDP" says.
  'domestic product': 'gdp',
});

/**
 * Category words that are participles or adjectives ("killed", "wounded"):
 * when a noun follows ("wounded soldiers") the noun is the head instead.
 */
export const ADJECTIVAL_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  'killed', 'dead', 'injured', 'wounded', 'displaced', 'homeless', 'evacuated', 'missing', 'unaccounted', 'trapped',
  'stranded',
]);

/** Categories (and other heads) that count people: their quantities get unit "people". */
export const PEOPLE_CATEGORIES: ReadonlySet<string> = new Set([
  'soldier', 'fighter', 'civilian', 'refugee', 'migrant', 'prisoner', 'hostage', 'person',
  'death', 'injury', 'casualty', 'police', 'child', 'woman', 'man', 'displaced', 'missing', 'trapped',
  'member', 'official', 'resident', 'citizen', 'worker', 'student', 'journalist', 'voter',
  'diplomat', 'delegate', 'protester', 'demonstrator', 'supporter', 'employee', 'passenger',
  'patient', 'victim', 'survivor', 'volunteer', 'officer', 'minister', 'lawmaker', 'teacher', 'personnel',
  'user', 'villager', 'doctor', 'farmer', 'staff', 'rescuer', 'miner', 'nurse', 'pilgrim', 'tourist', 'crowd',
]);

/**
 * Categories that contain others: a count of "person" may be any people
 * category, a count of casualties may be deaths or injuries.
 */
export const CATEGORY_SUPERSETS: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({
  person: PEOPLE_CATEGORIES,
  casualty: new Set(['death', 'injury']),
});
