import { ORGANIZATION_WORDS } from './lexicon/kind-cues';
import { ROLE_HEADS } from './lexicon/roles';
import { isConnectorToken, isRoleToken } from './lexicon-tokens';
import type { TokenTable } from './token-table';
import { isTight, type NameRun } from './name-runs';

/** Inclusive token ranges of one run: an organisation before a role, the role, the name. */
export interface RunParts {
  pre?: NameRun;
  role?: NameRun;
  name?: NameRun;
}

const roleAt = (tokens: TokenTable, i: number): boolean => tokens.has(i) && isRoleToken(tokens, i);

function hasHead(tokens: TokenTable, range: NameRun): boolean {
  for (let i = range.first; i <= range.last; i += 1) if (ROLE_HEADS.has(tokens.lower(i))) return true;
  return false;
}

function hasOrganizationWord(tokens: TokenTable, range: NameRun): boolean {
  for (let i = range.first; i <= range.last; i += 1) if (ORGANIZATION_WORDS.has(tokens.lower(i))) return true;
  return false;
}

/** Drops connectors ("of", "bin") from both ends of a range; null when nothing is left. */
export function trimConnectors(tokens: TokenTable, range: NameRun): NameRun | null {
  let { first, last } = range;
  while (first <= last && isConnectorToken(tokens, first)) first += 1;
  while (last >= first && isConnectorToken(tokens, last)) last -= 1;
  return first <= last ? { first, last } : null;
}

/** The first title inside a run that has a name after it ("Taliban Foreign Minister Jane Roe"). */
function roleInside(tokens: TokenTable, run: NameRun): RunParts | null {
  let i = run.first;
  while (i <= run.last) {
    if (!roleAt(tokens, i)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 <= run.last && roleAt(tokens, j + 1)) j += 1;
    const role = { first: i, last: j };
    const name = j < run.last ? trimConnectors(tokens, { first: j + 1, last: run.last }) : null;
    if (hasHead(tokens, role)) {
      const pre = i > run.first ? trimConnectors(tokens, { first: run.first, last: i - 1 }) : null;
      // "General Assembly", "Prime Minister's Office": the title belongs to an organisation name.
      if (name && hasOrganizationWord(tokens, name)) return { name: run };
      return { pre: pre ?? undefined, role, name: name ?? undefined };
    }
    i = j + 1;
  }
  return null;
}

/**
 * Lower-case role words right before `index` ("former vice president",
 * "spokesman"), and a sentence's first word if it is one ("Former president"):
 * only the sentence capitalised it.
 */
function roleBefore(tokens: TokenTable, index: number): NameRun | null {
  let k = index - 1;
  // The flags first: they cost nothing, while a role look-up may cut out the word's lower case.
  while (k >= 0 && !tokens.sentenceStart(k + 1) && (!tokens.capitalised(k) || tokens.sentenceStart(k)) && roleAt(tokens, k)) {
    if (!isTight(tokens, k + 1)) break;
    k -= 1;
  }
  return k + 1 < index ? { first: k + 1, last: index - 1 } : null;
}

/** Splits a run into an organisation, a role and a name; the role may reach back before the run. */
export function splitRun(tokens: TokenTable, run: NameRun): RunParts {
  const inside = roleInside(tokens, run) ?? { name: run };
  if (!inside.name || inside.pre) return inside;
  const anchor = inside.role ? inside.role.first : inside.name.first;
  const before = roleBefore(tokens, anchor);
  if (!before) return inside;
  const role = { first: before.first, last: inside.role ? inside.role.last : before.last };
  return hasHead(tokens, role) ? { role, name: inside.name } : inside;
}
