/**
 * Professions news copy writes before a name, capitalised when they open a
 * sentence ("Geologist Ana Ruiz said ..."): a title like any other, so the
 * name is grouped with the same name written without it. No word here is
 * also a common surname ("Singer", "Nurse", "Baker", "Porter" are left out):
 * a head with no name after it takes the words before it for an organisation.
 */
const PROFESSIONS = [
  'economist', 'analyst', 'strategist', 'researcher', 'scientist', 'seismologist', 'geologist',
  'meteorologist', 'epidemiologist', 'virologist', 'climatologist', 'volcanologist', 'hydrologist',
  'sociologist', 'psychologist', 'criminologist', 'archaeologist', 'anthropologist', 'historian',
  'lawyer', 'attorney', 'barrister', 'solicitor', 'prosecutor', 'activist', 'journalist', 'reporter',
  'correspondent', 'photographer', 'columnist', 'editor', 'physician', 'surgeon', 'doctor', 'engineer',
  'architect', 'consultant', 'adviser', 'advisor', 'expert', 'lecturer', 'novelist', 'author',
  'coordinator', 'campaigner', 'organiser', 'organizer', 'entrepreneur', 'investor',
  'contractor', 'businessman', 'businesswoman', 'tycoon', 'magnate', 'trader', 'fisherman', 'pilot',
  'teacher', 'pastor', 'priest', 'midwife', 'paramedic', 'firefighter', 'resident', 'villager',
  'eyewitness', 'witness', 'survivor', 'student', 'driver',
];

/**
 * Titles and roles written before a name ("Foreign Minister", "spokesman",
 * "Gen."). A role is a run of these words that contains at least one HEAD;
 * MODIFIERS alone ("Foreign Ministry", "Security Council") are not roles.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen', 'commander',
  'marshal', 'marshall', 'senator', 'sen', 'mr', 'mrs', 'ms', 'dr', 'sheikh', 'shaikh', 'leader',
  'chairman', 'chairwoman', 'chairperson', 'chief', 'ambassador', 'envoy', 'secretary', 'governor',
  'mayor', 'king', 'queen', 'prince', 'princess', 'emir', 'ayatollah', 'mullah', 'colonel', 'col',
  'lieutenant', 'lt', 'captain', 'capt', 'major', 'maj', 'admiral', 'adm', 'sergeant', 'sgt', 'judge',
  'professor', 'prof', 'premier', 'chancellor', 'director', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam',
  'mufti', 'sultan', 'speaker', 'representative', 'rep', 'lawmaker', 'official', 'diplomat', 'negotiator',
  'commissioner', 'ombudsman', 'sir', 'dame', 'lord', 'lady', 'gov', 'pres', 'supt', 'inspector',
  'officer', 'administrator', 'superintendent', 'coroner', 'sheriff', 'warden', 'manager',
  ...PROFESSIONS,
]);

export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'deputy', 'vice', 'foreign', 'prime', 'defense', 'defence', 'interior', 'finance',
  'justice', 'health', 'special', 'senior', 'top', 'supreme', 'state', 'army', 'military', 'police',
  'opposition', 'militia', 'rebel', 'regional', 'provincial', 'district', 'local', 'security',
  'intelligence', 'presidential', 'government', 'executive', 'assistant', 'associate', 'retired', 'late',
  'then', 'interim', 'caretaker', 'exiled', 'veteran', 'navy', 'air', 'economy', 'trade', 'energy',
]);

/** Abbreviated titles written with a full stop that does not end the sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'col', 'lt', 'capt', 'maj', 'adm', 'sgt', 'prof', 'rep', 'gov',
  'pres', 'supt', 'st', 'jr', 'sr', 'messrs',
]);

/** Heads and modifiers in one set: most words asked about are neither, and one look-up answers them. */
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS]);

export function isRoleWord(lower: string): boolean {
  return ROLE_WORDS.has(lower);
}
