/** Renderers and the report validator. */
export { renderJson } from './render-json';
export { renderMarkdown } from './render-markdown';
export { renderHtml } from './render-html';
export { validateReport } from './validate-report';
