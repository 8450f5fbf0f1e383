import type { EntityKind, EntityMention } from '../types';
import { classifyKind } from './classify-kind';
import { ROLE_HEADS } from './lexicon/roles';
import { isRoleHeadPluralToken, isRoleModifierToken, isRoleToken, isTitleToken } from './lexicon-tokens';
import { MentionContext } from './mention-context';
import { describeTokens, isAcronymText } from './name-token';
import { isTight, NameRunScanner, type NameRun } from './name-runs';
import { nameWords } from './name-words';
import { isCommonOpener, isPluralNounShape } from './opener-shapes';
import { splitRun, trimConnectors } from './split-run';
import { TokenTable } from './token-table';
import { WordShapes } from './word-shapes';
import type { ExtractEntitiesOptions } from './types';

export type { ExtractEntitiesOptions } from './types';

const LOWER_START = /^\p{Ll}/u;

/** A participle or adverb shape: "Speaking in ...", "Elaborating on ...", "Reportedly, ...". */
const VERBAL_ENDING = /(?:ing|ed|ly)$/;
/**
 * An abstract noun's shape, on a stem of five letters or more: "Governance",
 * "Corruption", "Leadership". Names of that shape are few ("Constance",
 * "Providence"), and "France" or "Florence" have shorter stems.
 */
const ABSTRACT_ENDING = /^\p{L}{5,}(?:ance|ence|ment|ness|ship|tion|sion|ity|ism)$/u;

/** Whether a token starts with a lower-case letter; ASCII answered without cutting the word out or a regular expression (this runs for many words). */
function startsLower(tokens: TokenTable, i: number): boolean {
  const c = tokens.firstCode(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(tokens.text(i));
}

/** Sentence openers that are common words: any run's first word, or only a one-word run's. */
interface CommonOpeners {
  words: Set<string>;
  /** Abstract nouns: "Governance may ..." is no name, but "Security Council ..." is one. */
  alone: Set<string>;
  /** Adjectives and plural nouns, no name when a lower-case word follows: "Annual inflation", "Rescuers pulled". */
  beforeLower: Set<string>;
}

/**
 * Sentence openers of the text that are common words, not names: those found
 * lower-case elsewhere, and those of participle, adverb or abstract noun shape
 * that are never capitalised mid-sentence (a name such as "Beijing" is,
 * somewhere). Only openers that can start a name run are asked about
 * (capitalised, not stop words), so other words are not collected: "The",
 * "He", "In" would otherwise let most words of the text through the filter.
 */
function lowerCaseWords(tokens: TokenTable): CommonOpeners {
  const openerWords = new Set<string>();
  const filter = openerShapes;
  filter.clear();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!isNameOpener(tokens, i)) continue;
    openerWords.add(tokens.lower(i));
    filter.add(tokens.lower(i));
  }
  const set = new Set<string>();
  const midCapitalised = new Set<string>();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!filter.mayHoldToken(tokens, i) || !openerWords.has(tokens.lower(i))) continue;
    if (startsLower(tokens, i)) set.add(tokens.lower(i));
    else if (!tokens.sentenceStart(i)) midCapitalised.add(tokens.lower(i));
  }
  // The openers again, by their flags: cheaper than keeping a list of them.
  const alone = new Set<string>();
  const beforeLower = new Set<string>();
  for (let i = 0; i < tokens.count; i += 1) {
    if (!isNameOpener(tokens, i)) continue;
    const lower = tokens.lower(i);
    // Before the test below: "Central bank ..." is no name though "Central Asia" is capitalised elsewhere.
    if (isCommonOpener(lower)) beforeLower.add(lower);
    if (lower.length <= 4 || midCapitalised.has(lower)) continue;
    if (VERBAL_ENDING.test(lower)) set.add(lower);
    else if (ABSTRACT_ENDING.test(lower)) alone.add(lower);
    else if (isPluralNounShape(lower)) beforeLower.add(lower);
  }
  return { words: set, alone, beforeLower };
}

/** A sentence's first word that can start a name run. */
function isNameOpener(tokens: TokenTable, i: number): boolean {
  return tokens.sentenceStart(i) && tokens.capitalised(i);
}

/** Drops a sentence's first word when it is a common word that only looks like a name ("Security forces ..."). */
function dropCommonFirstWord(tokens: TokenTable, run: NameRun, common: CommonOpeners): NameRun | null {
  const first = run.first;
  if (isLoneCommonOpener(tokens, run, common) || isLoneCompassAdjective(tokens, run)) return null;
  if (first < run.last && endsLikeGroupPlural(tokens, first)) return trimConnectors(tokens, { first: first + 1, last: run.last });
  if (!tokens.sentenceStart(first) || isRoleToken(tokens, first)) return run;
  if (run.last === first && common.alone.has(tokens.lower(first))) return null;
  if (!common.words.has(tokens.lower(first))) return run;
  return run.first < run.last ? trimConnectors(tokens, { first: run.first + 1, last: run.last }) : null;
}

/**
 * A one-word run opening a sentence, followed by a lower-case word, that is a
 * role modifier, a role head's plural or a common opener of the text:
 * "Former president ...", "Security forces ...", "Officials said ...",
 * "Annual inflation ...", "Rescuers pulled ...". Only the sentence
 * capitalised it, so it is no name (a role before a name is taken up by
 * roleBefore instead). Role heads themselves are left alone: "King",
 * "Marshall" and "Bishop" are surnames too.
 */
function isLoneCommonOpener(tokens: TokenTable, run: NameRun, common: CommonOpeners): boolean {
  const at = run.first;
  if (run.last !== at || !tokens.sentenceStart(at) || !lowerWordFollows(tokens, at)) return false;
  return isRoleModifierToken(tokens, at) || isRoleHeadPluralToken(tokens, at) || common.beforeLower.has(tokens.lower(at));
}

/** Whether a lower-case word of the same sentence follows word i closely. */
function lowerWordFollows(tokens: TokenTable, i: number): boolean {
  return tokens.has(i + 1) && !tokens.sentenceStart(i + 1) && startsLower(tokens, i + 1) && isTight(tokens, i + 1);
}

/** "Western", "Eastern", "Northern", "Southern": lengths and first letters, so most runs are ruled out without their lower case. */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern']);
const COMPASS_FIRST = /^[WENS]/;

/**
 * A compass adjective standing alone, wherever it stands: "the
 * Western-backed government", "Western diplomats". It names no one; with a
 * name after it, it is part of that name ("Northern Ireland").
 */
function isLoneCompassAdjective(tokens: TokenTable, run: NameRun): boolean {
  const at = run.first;
  if (run.last !== at) return false;
  const start = tokens.nameStart(at);
  const length = tokens.nameEnd(at) - start;
  if (length !== 7 && length !== 8) return false;
  const name = tokens.source.slice(start, start + length);
  return COMPASS_FIRST.test(name) && COMPASS_ADJECTIVES.has(name.toLowerCase());
}

/**
 * Whether word i ends like a plural noun for a group of people, "-ists" or
 * "-ysts", glued before a name in scraped headlines ("radical Islamists
 * Taliban ..."). Organisations use the singular there ("Socialist Party"),
 * so the word is no part of the name after it. Read in place: asked of the
 * first word of every longer run.
 */
function endsLikeGroupPlural(tokens: TokenTable, i: number): boolean {
  const end = tokens.nameEnd(i);
  if (end - tokens.nameStart(i) < 6) return false;
  const text = tokens.source;
  // "ists" or "ysts", as written: the tail of a capitalised word is lower case.
  return (
    text.charCodeAt(end - 1) === 115 &&
    text.charCodeAt(end - 2) === 116 &&
    text.charCodeAt(end - 3) === 115 &&
    (text.charCodeAt(end - 4) === 105 || text.charCodeAt(end - 4) === 121)
  );
}

/** Whether lower-case role words (with a head) follow a range directly: "Taliban spokesman". */
function roleFollows(tokens: TokenTable, range: NameRun): boolean {
  if (tokens.closesRun(range.last)) return false;
  let k = range.last + 1;
  let head = false;
  // The flag first: the role test may cut the word's lower case out of the text.
  while (tokens.has(k) && !tokens.sentenceStart(k) && isRoleToken(tokens, k) && tokens.spaceGapBefore(k)) {
    head = head || ROLE_HEADS.has(tokens.lower(k));
    k += 1;
  }
  return head;
}

/** The parenthesised acronym right after a range: "... Organization (CSTO)". */
function isAcronymAfter(tokens: TokenTable, prevLast: number, run: NameRun): boolean {
  const i = run.first;
  return (
    i === run.last &&
    i === prevLast + 1 &&
    isAcronymText(tokens.text(i)) &&
    /^\s?\($/.test(tokens.gapBefore(i)) &&
    tokens.has(i + 1) &&
    tokens.gapBefore(i + 1).startsWith(')')
  );
}

/** End of a role, keeping the full stop of an abbreviated title ("Gen."). */
function roleEnd(text: string, tokens: TokenTable, role: NameRun): number {
  const end = tokens.end(role.last);
  return text[end] === '.' && isTitleToken(tokens, role.last) ? end + 1 : end;
}

/** One mention: the name `range`, after its `role` if any; `followedByRole` and `acronymOf` are the kind rules' cues. */
function toMention(
  text: string,
  tokens: TokenTable,
  range: NameRun,
  role: NameRun | undefined,
  followedByRole: boolean,
  acronymOf: EntityKind | undefined,
  offset: number,
): EntityMention {
  const nameStart = tokens.nameStart(range.first);
  const nameEnd = tokens.nameEnd(range.last);
  const start = role ? tokens.start(role.first) : nameStart;
  const name = text.slice(nameStart, nameEnd);
  const roleText = role ? text.slice(start, roleEnd(text, tokens, role)) : undefined;
  const ctx = context.at(tokens, (role ?? range).first, range.last);
  ctx.words = nameWords(name);
  ctx.name = name;
  ctx.role = roleText;
  ctx.followedByRole = followedByRole;
  ctx.acronymOf = acronymOf;
  const kind = classifyKind(ctx);
  // One string when the mention is just the name: a feed holds hundreds of thousands of mentions.
  const mentionText = start === nameStart ? name : text.slice(start, nameEnd);
  const span = { start: start + offset, end: nameEnd + offset };
  // Written whole: a role added afterwards would give the mention a second store for its fields.
  return roleText === undefined ? { text: mentionText, span, name, kind } : { text: mentionText, span, name, kind, role: roleText };
}

/**
 * The words of the text being read, reused from text to text: a table per
 * text would allocate its columns for every article of a feed. Safe while
 * extraction calls nothing that could extract again before it returns.
 */
const scratch = new TokenTable();
/** Likewise the filter of sentence openers, and the kind rules' view of a mention. */
const openerShapes = new WordShapes();
const context = new MentionContext();

/**
 * Finds names in text without a model: runs of capitalised words, with titles
 * split off as `role`, possessives trimmed, and a kind guessed by ordered rules.
 * Spans are half-open offsets into `text`, plus `options.offset`.
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const offset = Number.isFinite(options.offset) ? (options.offset as number) : 0;
  const tokens = describeTokens(text, scratch);
  const common = lowerCaseWords(tokens);
  const mentions: EntityMention[] = [];
  // The last name found and its kind, for an acronym written after it: "... Organization (CSTO)".
  let prevLast = -1;
  let prevKind: EntityKind | undefined;
  // The run, and the parts made of it, are read only before the scanner moves on.
  const runs = new NameRunScanner(tokens);
  while (runs.next()) {
    const run = dropCommonFirstWord(tokens, runs, common);
    if (!run) continue;
    const parts = splitRun(tokens, run);
    // The name's acronym test reads the mention before this run, so it is asked before the organisation's mention is made.
    const acronymOf = parts.name && prevKind && isAcronymAfter(tokens, prevLast, parts.name) ? prevKind : undefined;
    // The organisation before a role first, then the name: no array of the two made per run.
    if (parts.pre) {
      const mention = toMention(text, tokens, parts.pre, undefined, true, undefined, offset);
      mentions.push(mention);
      prevLast = parts.pre.last;
      prevKind = mention.kind;
    }
    if (parts.name) {
      const mention = toMention(text, tokens, parts.name, parts.role, roleFollows(tokens, parts.name), acronymOf, offset);
      mentions.push(mention);
      prevLast = parts.name.last;
      prevKind = mention.kind;
    }
  }
  return mentions;
}
