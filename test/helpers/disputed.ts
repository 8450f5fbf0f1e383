import { crossReference } from '../../src/index';
import type { ArticleInput } from '../../src/index';

/** The texts of each contested finding of a report: the disputed claim, then the rejection. */
export const disputed = (articles: ArticleInput[]): string[][] =>
  crossReference(articles).findings.filter((f) => f.kind === 'contested').map((f) => f.evidence.map((e) => e.text));
