/** The report as text in the chosen --format. */
import { renderHtml } from '../report/render-html';
import { renderJson } from '../report/render-json';
import { renderMarkdown } from '../report/render-markdown';
import type { ArticleInput, Report } from '../types';
import type { ReportFormat } from './program';

export function renderReport(report: Report, articles: ArticleInput[], format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'md':
      return renderMarkdown(report, articles);
    case 'html':
      return renderHtml(report, articles);
  }
}
