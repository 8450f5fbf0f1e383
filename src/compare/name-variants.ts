import type { Claim, Evidence, Finding, ReportEntity } from '../types';
import { isPartialName } from '../entities/is-name-variant';
import { joinNames } from './format-figure';
import { sortEvidence } from './quantity-evidence';

/** Spellings of an entity that are not just a shorter form of another of its spellings. */
function fullSpellings(variants: readonly string[]): Set<string> {
  return new Set(variants.filter((v) => !variants.some((w) => w !== v && w.length > v.length && isPartialName(v, w))));
}

/** Where a mention's name stands inside the mention (titles and possessives excluded). */
function nameEvidence(claim: Claim, mention: Claim['mentions'][number]): Evidence {
  const at = mention.text.indexOf(mention.name);
  const start = mention.span.start + Math.max(0, at);
  const text = at >= 0 ? mention.name : mention.text;
  return { articleId: claim.articleId, claimId: claim.id, text, span: { start, end: start + text.length } };
}

/**
 * name-variant: one entity written with different spellings (transliterations,
 * doubled letters), shown so an editor can pick one; never a conflict.
 */
export function findNameVariants(
  entities: readonly ReportEntity[],
  claims: readonly Claim[],
  idByName: Readonly<Record<string, string>>,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const entity of entities) {
    if (entity.variants.length < 2) continue;
    const spellings = fullSpellings(entity.variants);
    if (spellings.size < 2) continue;
    const uses = new Map<string, Map<string, Evidence>>(); // spelling -> article -> first mention
    for (const claim of claims) {
      for (const m of claim.mentions) {
        if (idByName[m.name] !== entity.id || !spellings.has(m.name)) continue;
        const byArticle = uses.get(m.name) ?? new Map<string, Evidence>();
        if (!byArticle.has(claim.articleId)) byArticle.set(claim.articleId, nameEvidence(claim, m));
        uses.set(m.name, byArticle);
      }
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
