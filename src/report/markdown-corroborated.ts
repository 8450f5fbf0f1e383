/** The "Corroborated claims" section: clusters that two or more independent sources back. */
import type { ReportCluster } from '../types';
import type { MarkdownContext } from './markdown-context';
import { quoteClaim } from './markdown-quote';

function clusterLine(cluster: ReportCluster, ctx: MarkdownContext): string | undefined {
  // The first claim that resolves stands for the cluster: claim order is the report's, so this is stable.
  const claim = cluster.claimIds.map((id) => ctx.claim(id)).find((c) => c !== undefined);
  if (!claim) return undefined;
  const sources = cluster.articleIds.map((id) => ctx.sourceLabel(id)).join('; ');
  const count = cluster.independentSources;
  const noun = count === 1 ? 'source' : 'sources';
  return `- ${quoteClaim(claim)} — ${count} independent ${noun}: ${sources}`;
}

export function corroboratedSection(ctx: MarkdownContext): string[] {
  return ctx.report.clusters
    .filter((c) => c.independentSources >= 2)
    .sort((a, b) => b.independentSources - a.independentSources)
    .map((c) => clusterLine(c, ctx))
    .filter((line): line is string => line !== undefined);
}
