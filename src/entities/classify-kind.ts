import type { EntityKind } from '../types';
import { FIRST_NAMES } from './lexicon/first-names';
import {
  ORGANIZATION_WORDS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PLACE_WORDS,
  SPEECH_VERBS,
} from './lexicon/kind-cues';
import { isAcronymText } from './name-token';

/** What the kind rules may look at around one name. */
export interface KindContext {
  /** Lower-case words of the name, possessive and adjective endings trimmed. */
  words: readonly string[];
  /** The name exactly as written. */
  name: string;
  role?: string;
  /** Lower-case word before the mention (before its role), if any. */
  before?: string;
  /** Word before that ("city" in "city of X"). */
  beforeTwo?: string;
  /** Lower-case word right after the name, if on the same clause. */
  after?: string;
  /** A role follows the name directly ("Taliban spokesman ..."). */
  followedByRole: boolean;
  /** Kind of the full name this acronym stands for, when written "(CSTO)" after it. */
  acronymOf?: EntityKind;
}

/** One ordered rule, chrono-style: the first that answers decides. */
export interface KindRule {
  name: string;
  kind(ctx: KindContext): EntityKind | null;
}

const lastWord = (ctx: KindContext): string => ctx.words[ctx.words.length - 1] ?? '';
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'van', 'von', 'de', 'da', 'di', 'del', 'der']);
/** A place-name ending after at least three more letters: "Kyrgyzstan", "Hyderabad" (not "Asia"). */
function hasPlaceSuffix(word: string): boolean {
  for (const s of PLACE_SUFFIXES) if (word.length > s.length + 2 && word.endsWith(s)) return true;
  return false;
}

/**
 * Whether any of the words from `from` up to (not including) `to` is in the set.
 * A loop, not `some` with an arrow: the rules run for every mention of a feed.
 */
function anyIn(words: readonly string[], set: ReadonlySet<string>, from = 0, to = words.length): boolean {
  for (let i = from; i < to; i += 1) if (set.has(words[i]!)) return true;
  return false;
}
// Adjectives of nationality end like this; they are not organisations before a role.
const DEMONYM_ENDING = /(?:ian|ean|ese|ish|ic)$/;

export const KIND_RULES: readonly KindRule[] = [
  { name: 'title-before-name', kind: (c) => (c.role ? 'person' : null) },
  { name: 'acronym-of-full-name', kind: (c) => c.acronymOf ?? null },
  { name: 'organization-word', kind: (c) => (anyIn(c.words, ORGANIZATION_WORDS) ? 'organization' : null) },
  { name: 'acronym', kind: (c) => (isAcronymText(c.name) && c.name.length <= 6 && !c.name.includes('.') ? 'organization' : null) },
  { name: 'place-word-in-name', kind: (c) => (c.words.length > 1 && PLACE_WORDS.has(lastWord(c)) ? 'place' : null) },
  { name: 'place-noun-after', kind: (c) => (c.after && PLACE_NOUNS.has(c.after) ? 'place' : null) },
  {
    name: 'place-noun-of',
    kind: (c) => (c.before === 'of' && c.beforeTwo && PLACE_NOUNS.has(c.beforeTwo) ? 'place' : null),
  },
  {
    name: 'place-suffix',
    kind: (c) => (hasPlaceSuffix(lastWord(c)) ? 'place' : null),
  },
  {
    name: 'organization-before-role',
    kind: (c) => (c.followedByRole && !DEMONYM_ENDING.test(lastWord(c)) ? 'organization' : null),
  },
  {
    name: 'first-name-shape',
    kind: (c) =>
      c.words.length >= 2 && c.words.length <= 4 && anyIn(c.words, FIRST_NAMES, 0, c.words.length - 1) ? 'person' : null,
  },
  { name: 'name-particle', kind: (c) => (c.words.length >= 3 && anyIn(c.words, PERSON_PARTICLES) ? 'person' : null) },
  { name: 'speech-verb-after', kind: (c) => (c.after && SPEECH_VERBS.has(c.after) ? 'person' : null) },
  { name: 'place-preposition', kind: (c) => (c.before && PLACE_PREPOSITIONS.has(c.before) ? 'place' : null) },
];

/** Kind of a name by the first rule that answers; "other" when none does. */
export function classifyKind(ctx: KindContext, rules: readonly KindRule[] = KIND_RULES): EntityKind {
  for (const rule of rules) {
    const kind = rule.kind(ctx);
    if (kind) return kind;
  }
  return 'other';
}
