/**
 * The report a mocked crossReference returns in the CLI tests: the articles it
 * was given and chosen findings. The schema version comes from the real
 * pipeline so the echo stays valid whichever version the library writes.
 */
import type { ArticleInput, Finding, Report } from '../../src/types';

let version: Report['schemaVersion'] | undefined;

function schemaVersion(): Report['schemaVersion'] {
  if (version === undefined) {
    const actual = jest.requireActual<typeof import('../../src/cross-reference')>('../../src/cross-reference');
    version = actual.crossReference([{ id: 'probe', text: 'The probe is one sentence.' }]).schemaVersion;
  }
  return version;
}

export function echoReport(articles: readonly ArticleInput[], findings: Finding[] = []): Report {
  return {
    schemaVersion: schemaVersion(),
    articles: articles.map((a) => ({
      id: a.id,
      ...(a.source !== undefined && { source: a.source }),
      ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
      claimCount: 0,
      skipped: [],
    })),
    claims: [],
    clusters: [],
    entities: [],
    findings,
    diagnostics: [],
  };
}
