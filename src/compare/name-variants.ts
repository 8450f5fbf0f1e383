import type { EntityMention, Evidence, Finding, ReportEntity } from '../types';
import { isPartialName } from '../entities/is-name-variant';
import { joinNames } from './summary-text';
import { sortEvidence } from './quantity-evidence';

/** An abbreviation (CSTO, U.S.) is another form of a name, not another spelling of it. */
function isAbbreviation(name: string): boolean {
  return !/\s/.test(name) && /^[\p{Lu}.&]+$/u.test(name) && name.replace(/\./g, '').length <= 6;
}

/** Lower-cased words of a name, split on spaces and hyphens. */
const wordsOf = (name: string) => name.toLowerCase().split(/[\s\u2010-\u2015-]+/).filter(Boolean);

/**
 * Whether `short` is a shorter form of `long`: its words all written in
 * `long` ("Ionel Petrache" of "Ionel Vasile Petrache"), or a lone word that
 * ends it loosely ("Roe" of "Jane Q. Roe"). A name of several words spelled
 * otherwise ("Abdulrahman Hussein Mohamed" beside "Contractor Abdirahman
 * Hussein Mohamed") is a spelling of its own, and is shown.
 */
function shorterFormOf(short: string, long: string): boolean {
  if (long.length <= short.length) return false;
  const shortWords = wordsOf(short);
  const longWords = new Set(wordsOf(long));
  if (shortWords.every((w) => longWords.has(w))) return true;
  return shortWords.length < 2 && isPartialName(short, long);
}

/**
 * Spellings of an entity worth showing an editor: not a shorter form of another
 * spelling (Roe of Jane Q. Roe), not an abbreviation, and not a
 * capitalisation of another spelling (CAIRO in a dateline).
 */
function fullSpellings(variants: readonly string[]): Set<string> {
  const kept = variants.filter((v) => !isAbbreviation(v) && !variants.some((w) => w !== v && shorterFormOf(v, w)));
  const byLowerCase = new Map<string, string>();
  for (const v of [...kept].sort()) if (!byLowerCase.has(v.toLowerCase())) byLowerCase.set(v.toLowerCase(), v);
  return new Set(byLowerCase.values());
}

/** A name as seen in an article: in a claim, or in text kept out of the claims (a photo caption). */
export interface NameSighting {
  articleId: string;
  claimId?: string;
  mention: EntityMention;
  /** The entity id of `mention.name` when the maker already looked it up (else it is looked up in idByName). */
  entityId?: string;
}

/** Where a mention's name stands inside the mention (titles and possessives excluded). */
function nameEvidence(sighting: NameSighting): Evidence {
  const { mention } = sighting;
  const at = mention.text.indexOf(mention.name);
  const start = mention.span.start + Math.max(0, at);
  const text = at >= 0 ? mention.name : mention.text;
  return {
    articleId: sighting.articleId,
    ...(sighting.claimId && { claimId: sighting.claimId }),
    text,
    span: { start, end: start + text.length },
  };
}

/**
 * name-variant: one entity written with different spellings (transliterations,
 * doubled letters), shown so an editor can pick one; never a conflict.
 */
export function findNameVariants(
  entities: readonly ReportEntity[],
  sightings: readonly NameSighting[],
  idByName: Readonly<Record<string, string>>,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  // Sightings by entity, once: looking through every sighting for every entity grows with their product.
  const sightingsOf = new Map<string, NameSighting[]>();
  for (const sighting of sightings) {
    const id = sighting.entityId ?? idByName[sighting.mention.name];
    if (id === undefined) continue;
    const list = sightingsOf.get(id);
    if (list) list.push(sighting);
    else sightingsOf.set(id, [sighting]);
  }
  for (const entity of entities) {
    if (entity.variants.length < 2) continue;
    const spellings = fullSpellings(entity.variants);
    if (spellings.size < 2) continue;
    const uses = new Map<string, Map<string, Evidence>>(); // spelling -> article -> first mention
    for (const sighting of sightingsOf.get(entity.id) ?? []) {
      const name = sighting.mention.name;
      if (!spellings.has(name)) continue;
      const byArticle = uses.get(name) ?? new Map<string, Evidence>();
      const first = byArticle.get(sighting.articleId);
      if (!first || sighting.mention.span.start < first.span.start) byArticle.set(sighting.articleId, nameEvidence(sighting));
      uses.set(name, byArticle);
    }
    if (uses.size < 2) continue;
    const used = [...uses.keys()].sort();
    const parts = used.map((s) => `${s} (${joinNames([...(uses.get(s)?.keys() ?? [])].sort())})`);
    const evidence = used.flatMap((s) => [...(uses.get(s)?.values() ?? [])]);
    findings.push({
      kind: 'name-variant',
      severity: 'low',
      summary: `One name, ${used.length} spellings: ${parts.join('; ')}`,
      evidence: sortEvidence(evidence),
    });
  }
  return findings;
}
