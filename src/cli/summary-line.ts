/** The one-line summary printed to a terminal's stderr after the report: "3 findings (1 high, 2 low) in 4 articles". */
import type { Report } from '../types';
import type { Colour } from './colour';
import { countBySeverity, SEVERITIES } from '../internal/severities';
import { plural } from '../internal/plural';

type Paint = (text: string, colour: Colour) => string;

const SEVERITY_COLOUR = { high: 'red', medium: 'yellow', low: 'bold' } as const;

export function summaryLine(report: Report, paint: Paint): string {
  const counts = countBySeverity(report.findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => paint(`${counts[s]} ${s}`, SEVERITY_COLOUR[s]));
  const findings = report.findings.length === 0 ? paint('0 findings', 'green') : paint(plural(report.findings.length, 'finding'), 'bold');
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `${findings}${detail} in ${plural(report.articles.length, 'article')}\n`;
}
