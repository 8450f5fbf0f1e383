import { isRoleWord, ROLE_HEADS, ROLE_MODIFIERS, TITLE_ABBREVIATIONS } from './lexicon/roles';
import { NAME_CONNECTORS } from './lexicon/stop-words';
import type { TokenTable } from './token-table';
import { WordShapes } from './word-shapes';

/*
 * Lexicon look-ups for words of a token table. These are asked for the words
 * around every name, most of which are in no lexicon: a shape filter rules
 * them out before their lower case is cut out of the text and hashed.
 */

const ROLE_SHAPES = WordShapes.of([...ROLE_HEADS, ...ROLE_MODIFIERS]);
const TITLE_SHAPES = WordShapes.of(TITLE_ABBREVIATIONS);
const CONNECTOR_SHAPES = WordShapes.of(NAME_CONNECTORS);

/** Whether word i, lower-cased, is a role head or modifier ("minister", "former"). */
export function isRoleToken(tokens: TokenTable, i: number): boolean {
  return ROLE_SHAPES.mayHoldToken(tokens, i) && isRoleWord(tokens.lower(i));
}

/** Whether word i, lower-cased, is a role modifier ("former", "deputy", "security"), not a head. */
export function isRoleModifierToken(tokens: TokenTable, i: number): boolean {
  return ROLE_SHAPES.mayHoldToken(tokens, i) && ROLE_MODIFIERS.has(tokens.lower(i));
}

/**
 * Whether word i, lower-cased, is the plural of a role head ("officials",
 * "ministers"). Asked only of a sentence's lone first word, so no shape filter.
 */
export function isRoleHeadPluralToken(tokens: TokenTable, i: number): boolean {
  const lower = tokens.lower(i);
  // Longer than "mrs" and the like: their singular is a title, not a plural.
  return lower.length > 4 && lower.endsWith('s') && ROLE_HEADS.has(lower.slice(0, -1));
}

/** Whether word i, lower-cased, is an abbreviated title ("Gen", "Mr"). */
export function isTitleToken(tokens: TokenTable, i: number): boolean {
  return TITLE_SHAPES.mayHoldToken(tokens, i) && TITLE_ABBREVIATIONS.has(tokens.lower(i));
}

/** Whether word i is, as written, a name connector ("of", "bin"). */
export function isConnectorToken(tokens: TokenTable, i: number): boolean {
  return CONNECTOR_SHAPES.mayHoldToken(tokens, i) && NAME_CONNECTORS.has(tokens.text(i));
}
