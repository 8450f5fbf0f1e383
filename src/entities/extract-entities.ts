import type { EntityKind, EntityMention } from '../types';
import { classifyKind } from './classify-kind';
import { ROLE_HEADS } from './lexicon/roles';
import { isRoleToken, isTitleToken } from './lexicon-tokens';
import { dropCommonFirstWord, lowerCaseWords } from './common-openers';
import { MentionContext } from './mention-context';
import { describeTokens, isAcronymText } from './name-token';
import { NameRunScanner, type NameRun } from './name-runs';
import { nameWords } from './name-words';
import { splitRun } from './split-run';
import { TokenTable } from './token-table';
import type { ExtractEntitiesOptions } from './types';

export type { ExtractEntitiesOptions } from './types';

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
/** Likewise the kind rules' view of a mention. */
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
