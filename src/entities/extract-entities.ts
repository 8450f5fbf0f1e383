import type { EntityKind, EntityMention } from '../types';
import { classifyKind, type KindContext } from './classify-kind';
import { isRoleWord, ROLE_HEADS, TITLE_ABBREVIATIONS } from './lexicon/roles';
import { describeTokens, isAcronymText, type NameToken } from './name-token';
import { nameRuns, type NameRun } from './name-runs';
import { nameWords } from './name-words';
import { OpenerFilter } from './opener-filter';
import { splitRun, trimConnectors } from './split-run';
import type { ExtractEntitiesOptions } from './types';

export type { ExtractEntitiesOptions } from './types';

const LOWER_START = /^\p{Ll}/u;

/** A participle or adverb shape: "Speaking in ...", "Elaborating on ...", "Reportedly, ...". */
const VERBAL_ENDING = /(?:ing|ed|ly)$/;

/** Whether a token starts with a lower-case letter; ASCII answered without cutting the word out or a regular expression (this runs for many words). */
function startsLower(t: NameToken): boolean {
  const c = t.firstCode;
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(t.text);
}

/**
 * Sentence openers of the text that are common words, not names: those found
 * lower-case elsewhere, and those of participle or adverb shape that are never
 * capitalised mid-sentence (a name such as "Beijing" is, somewhere). Only
 * openers that can start a name run are asked about (capitalised, not stop
 * words), so other words are not collected: "The", "He", "In" would
 * otherwise let most words of the text through the filter.
 */
function lowerCaseWords(tokens: readonly NameToken[]): Set<string> {
  const openers: NameToken[] = [];
  const openerWords = new Set<string>();
  const filter = new OpenerFilter();
  for (const t of tokens) {
    if (!t.sentenceStart || !t.capitalised) continue;
    openers.push(t);
    openerWords.add(t.lower);
    filter.add(t.lower);
  }
  const set = new Set<string>();
  const midCapitalised = new Set<string>();
  for (const t of tokens) {
    if (!filter.mayHoldToken(t) || !openerWords.has(t.lower)) continue;
    if (startsLower(t)) set.add(t.lower);
    else if (!t.sentenceStart) midCapitalised.add(t.lower);
  }
  for (const t of openers) {
    if (t.lower.length > 4 && VERBAL_ENDING.test(t.lower) && !midCapitalised.has(t.lower)) set.add(t.lower);
  }
  return set;
}

/** Drops a sentence's first word when it is a common word that only looks like a name ("Security forces ..."). */
function dropCommonFirstWord(tokens: readonly NameToken[], run: NameRun, common: Set<string>): NameRun | null {
  const first = tokens[run.first]!;
  if (!first.sentenceStart || isRoleWord(first.lower) || !common.has(first.lower)) return run;
  return run.first < run.last ? trimConnectors(tokens, { first: run.first + 1, last: run.last }) : null;
}

/** Whether lower-case role words (with a head) follow a range directly: "Taliban spokesman". */
function roleFollows(tokens: readonly NameToken[], range: NameRun): boolean {
  if (tokens[range.last]!.closesRun) return false;
  let k = range.last + 1;
  let head = false;
  // The flag first: the role and gap tests each cut a string out of the text.
  while (tokens[k] && !tokens[k]!.sentenceStart && isRoleWord(tokens[k]!.lower) && tokens[k]!.spaceGapBefore) {
    head = head || ROLE_HEADS.has(tokens[k]!.lower);
    k += 1;
  }
  return head;
}

/** The parenthesised acronym right after a range: "... Organization (CSTO)". */
function isAcronymAfter(tokens: readonly NameToken[], prevLast: number, run: NameRun): boolean {
  const tok = tokens[run.first]!;
  return (
    run.first === run.last &&
    run.first === prevLast + 1 &&
    isAcronymText(tok.text) &&
    /^\s?\($/.test(tok.gapBefore) &&
    (tokens[run.first + 1]?.gapBefore ?? '').startsWith(')')
  );
}

interface Located {
  range: NameRun;
  role?: NameRun;
  followedByRole: boolean;
  acronymOf?: EntityKind;
}

/** End of a role, keeping the full stop of an abbreviated title ("Gen."). */
function roleEnd(text: string, tokens: readonly NameToken[], role: NameRun): number {
  const end = tokens[role.last]!.end;
  return text[end] === '.' && TITLE_ABBREVIATIONS.has(tokens[role.last]!.lower) ? end + 1 : end;
}

function toMention(text: string, tokens: readonly NameToken[], item: Located, offset: number): EntityMention {
  const { range, role } = item;
  const nameStart = tokens[range.first]!.nameStart;
  const nameEnd = tokens[range.last]!.nameEnd;
  const start = role ? tokens[role.first]!.start : nameStart;
  const name = text.slice(nameStart, nameEnd);
  const before = tokens[(role ?? range).first - 1];
  const after = tokens[range.last + 1];
  const ctx: KindContext = {
    words: nameWords(name),
    name,
    role: role ? text.slice(tokens[role.first]!.start, roleEnd(text, tokens, role)) : undefined,
    before: before && tokens[(role ?? range).first]!.spaceGapBefore ? before.lower : undefined,
    beforeTwo: tokens[(role ?? range).first - 2]?.lower,
    after: after && !tokens[range.last]!.closesRun && after.spaceGapBefore ? after.lower : undefined,
    followedByRole: item.followedByRole,
    acronymOf: item.acronymOf,
  };
  const mention: EntityMention = {
    // One string when the mention is just the name: a feed holds hundreds of thousands of mentions.
    text: start === nameStart ? name : text.slice(start, nameEnd),
    span: { start: start + offset, end: nameEnd + offset },
    name,
    kind: classifyKind(ctx),
  };
  if (ctx.role !== undefined) mention.role = ctx.role;
  return mention;
}

/**
 * Finds names in text without a model: runs of capitalised words, with titles
 * split off as `role`, possessives trimmed, and a kind guessed by ordered rules.
 * Spans are half-open offsets into `text`, plus `options.offset`.
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const offset = Number.isFinite(options.offset) ? (options.offset as number) : 0;
  const tokens = describeTokens(text);
  const common = lowerCaseWords(tokens);
  const mentions: EntityMention[] = [];
  // The last name found and its kind, for an acronym written after it: "... Organization (CSTO)".
  let prevLast = -1;
  let prevKind: EntityKind | undefined;
  for (const raw of nameRuns(tokens)) {
    const run = dropCommonFirstWord(tokens, raw, common);
    if (!run) continue;
    const parts = splitRun(tokens, run);
    // The name's acronym test reads the mention before this run, so it is asked before the organisation's mention is made.
    const acronymOf = parts.name && prevKind && isAcronymAfter(tokens, prevLast, parts.name) ? prevKind : undefined;
    // The organisation before a role first, then the name: no array of the two made per run.
    if (parts.pre) {
      const mention = toMention(text, tokens, { range: parts.pre, followedByRole: true }, offset);
      mentions.push(mention);
      prevLast = parts.pre.last;
      prevKind = mention.kind;
    }
    if (parts.name) {
      const item: Located = { range: parts.name, role: parts.role, followedByRole: roleFollows(tokens, parts.name), acronymOf };
      const mention = toMention(text, tokens, item, offset);
      mentions.push(mention);
      prevLast = parts.name.last;
      prevKind = mention.kind;
    }
  }
  return mentions;
}
