export { cleanArticle, DEFAULT_LINE_RULES, DEFAULT_LINE_REFINERS } from './clean-article';
export type { CleanArticleOptions } from './clean-article';
export type { Line, LineContext, LineRefiner, LineRule, LineVerdicts } from './types';
