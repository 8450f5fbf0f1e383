/** Renderers and the report validator. */
export { renderJson } from './render-json';
export { renderMarkdown } from './render-markdown';
export { validateReport } from './validate-report';
