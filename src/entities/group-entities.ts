import type { EntityKind, ReportEntity } from '../types';
import { initialsOf, isAcronym, mayHaveInitials } from './acronym';
import { entityId } from './entity-id';
import { preparedVariant } from './is-name-variant';
import { preparedPartial } from './is-partial-name';
import { blockingKeys, prepareName, type PreparedName } from './prepare-name';
import type { EntityGrouping, EntityNameInput } from './types';
import { UnionFind } from '../internal/union-find';
import { byCodeUnit } from '../internal/by-code-unit';

export type { EntityGrouping, EntityNameInput } from './types';

interface NameStats {
  name: string;
  count: number;
  kind: EntityKind;
  prepared: PreparedName;
  /** Blocking keys, computed once: both the variant pass and the partial-name pass file by them. */
  keys: string[];
}

const KIND_ORDER: readonly EntityKind[] = ['person', 'organization', 'place', 'other'];
const OTHER = KIND_ORDER.indexOf('other');

/** What grouping reads of a mention: its name and kind (not which article it came from). */
export type NameAndKind = Pick<EntityNameInput, 'name' | 'kind'>;

/** Per name: its count, then how often it was seen as each kind of KIND_ORDER. */
type Counts = Map<string, number[]>;

function countMentions(counts: Counts, mentions: readonly NameAndKind[]): void {
  for (const m of Array.isArray(mentions) ? mentions : []) {
    if (!m || typeof m.name !== 'string') continue;
    let entry = counts.get(m.name);
    if (!entry) {
      if (m.name.trim() === '') continue;
      counts.set(m.name, (entry = [0, 0, 0, 0, 0]));
    }
    entry[0] += 1;
    const kind = KIND_ORDER.indexOf(m.kind);
    if (kind >= 0) entry[kind + 1] += 1;
  }
}

/** Distinct names with how often and as what kind they were seen, sorted by name (counts do not depend on the lists' order). */
function tally(lists: readonly (readonly NameAndKind[])[]): NameStats[] {
  const counts: Counts = new Map();
  for (const mentions of lists) countMentions(counts, mentions);
  return [...counts.keys()].sort(byCodeUnit).map((name) => {
    const entry = counts.get(name)!;
    // Most frequent kind, starting from 'other'; a later kind wins only with more sightings.
    let best = OTHER;
    for (let k = 0; k < KIND_ORDER.length; k++) if (entry[k + 1]! > entry[best + 1]!) best = k;
    const prepared = prepareName(name);
    return { name, count: entry[0]!, kind: KIND_ORDER[best]!, prepared, keys: blockingKeys(prepared) };
  });
}

/** Name indices filed under each blocking key, so only plausible pairs are compared. */
function blocks(stats: readonly NameStats[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  stats.forEach((s, i) => {
    for (const key of s.keys) {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  });
  return map;
}

/**
 * The first of a's blocking keys that b also has. Two names filed together
 * under several keys are compared only in that key's block: the comparison
 * is pure, so asking again could only repeat a "no" (a "yes" already joined them).
 */
function firstSharedKey(a: readonly string[], b: readonly string[]): string | undefined {
  for (const key of a) if (b.includes(key)) return key;
  return undefined;
}

/**
 * Names filed with name i that have more words than it, in index order: only
 * those can be its full form. `seen` (one slot per name) marks who is listed
 * already, so no Set is built per name.
 */
function longerCandidatesOf(i: number, stats: readonly NameStats[], index: Map<string, number[]>, seen: Int32Array): number[] {
  const out: number[] = [];
  const words = stats[i]!.prepared.tokens.length;
  for (const key of stats[i]!.keys) {
    for (const j of index.get(key) ?? []) {
      if (seen[j] === i + 1 || stats[j]!.prepared.tokens.length <= words) continue;
      seen[j] = i + 1;
      out.push(j);
    }
  }
  return out.sort((a, b) => a - b);
}

const compatible = (a: EntityKind, b: EntityKind): boolean => a === b || a === 'other' || b === 'other';

/** Joins each short name to the one full-name group it can belong to; ambiguous ones ("Khan") stay alone. */
function partialJoins(stats: readonly NameStats[], index: Map<string, number[]>, sets: UnionFind): [number, number][] {
  const joins: [number, number][] = [];
  const seen = new Int32Array(stats.length);
  stats.forEach((s, i) => {
    const fulls = longerCandidatesOf(i, stats, index, seen).filter(
      (j) => compatible(s.kind, stats[j]!.kind) && preparedPartial(s.prepared, stats[j]!.prepared),
    );
    // "Zarif" fits "Javad Zarif" and "Mohammad Javad Zarif": only the longest forms count.
    const maximal = fulls.filter((j) => !fulls.some((k) => k !== j && preparedPartial(stats[j]!.prepared, stats[k]!.prepared)));
    const roots = new Set(maximal.map((j) => sets.find(j)));
    roots.delete(sets.find(i));
    if (roots.size === 1) joins.push([i, [...roots][0]!]);
  });
  return joins;
}

/** Joins an acronym to the one group whose multi-word name it abbreviates (CSTO). */
function acronymJoins(stats: readonly NameStats[], sets: UnionFind): [number, number][] {
  // The acronyms first: most feeds have few or none, and only initials that
  // spell one of them can join, so no other name needs its initials made.
  const acronyms = new Set<string>();
  const written: number[] = [];
  stats.forEach((s, i) => {
    if (!isAcronym(s.name)) return;
    acronyms.add(s.name.trim());
    written.push(i);
  });
  if (acronyms.size === 0) return [];
  const byInitials = new Map<string, Set<number>>();
  stats.forEach((s, i) => {
    if (!mayHaveInitials(s.name)) return;
    const initials = initialsOf(s.name);
    if (acronyms.has(initials)) byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(sets.find(i)));
  });
  const joins: [number, number][] = [];
  for (const i of written) {
    const roots = byInitials.get(stats[i]!.name.trim());
    if (roots && roots.size === 1) joins.push([i, [...roots][0]!]);
  }
  return joins;
}

/** Canonical name: the longest form, then the most frequent, then the first alphabetically. */
function canonical(members: readonly NameStats[]): string {
  const sorted = [...members].sort(
    (a, b) =>
      b.prepared.tokens.length - a.prepared.tokens.length || b.count - a.count || byCodeUnit(a.name, b.name),
  );
  return sorted[0]!.name;
}

/**
 * Groups names seen across articles into entities: spelling variants join,
 * short forms join the single full name they fit, acronyms join the name they
 * abbreviate. Ids come from the canonical name, so any order of the same
 * mentions gives the same result.
 */
export function groupEntities(mentions: readonly EntityNameInput[]): EntityGrouping {
  return groupEntityNames(mentions);
}

/** groupEntities for callers that hold the mentions themselves: no object per mention to say its article. */
export function groupEntityNames(mentions: readonly NameAndKind[]): EntityGrouping {
  return groupEntityNameLists([mentions]);
}

/**
 * groupEntityNames over several lists of mentions (a feed's claims each hold
 * their own): read where they are, not first copied into one list of every
 * mention of the feed.
 */
export function groupEntityNameLists(lists: readonly (readonly NameAndKind[])[]): EntityGrouping {
  const stats = tally(lists);
  const index = blocks(stats);
  const sets = new UnionFind(stats.length);
  for (const [key, members] of index) {
    for (let a = 0; a < members.length; a += 1) {
      for (let b = a + 1; b < members.length; b += 1) {
        const i = members[a]!;
        const j = members[b]!;
        if (sets.find(i) === sets.find(j) || firstSharedKey(stats[i]!.keys, stats[j]!.keys) !== key) continue;
        if (preparedVariant(stats[i]!.prepared, stats[j]!.prepared)) sets.union(i, j);
      }
    }
  }
  // Decided on the variant groups first, then applied, so no join depends on another's order.
  const joins = [...partialJoins(stats, index, sets), ...acronymJoins(stats, sets)];
  for (const [i, j] of joins) sets.union(i, j);

  const groups = new Map<number, NameStats[]>();
  stats.forEach((s, i) => {
    const root = sets.find(i);
    const list = groups.get(root);
    if (list) list.push(s);
    else groups.set(root, [s]);
  });
  const named = [...groups.values()]
    .map((members) => ({ members, name: canonical(members) }))
    .sort((a, b) => byCodeUnit(a.name, b.name));

  const used = new Map<string, number>();
  const entities: ReportEntity[] = [];
  // No prototype: a name such as "__proto__" must stay an ordinary key.
  const idByName = Object.create(null) as Record<string, string>;
  for (const { members, name } of named) {
    const base = entityId(name);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}-${seen + 1}`;
    const variants = members.map((m) => m.name).sort(byCodeUnit);
    entities.push({ id, name, variants });
    for (const v of variants) idByName[v] = id;
  }
  entities.sort((a, b) => byCodeUnit(a.id, b.id));
  return { entities, idByName };
}
