import type { ArticleInput } from '../types';
import { analyzeArticle } from '../pipeline/analyze-article';
import { compareStory, type StoryInput, type StoryOptions, type StoryResult } from '../pipeline/compare-story';
import { packAnalysis, type PackedAnalysis } from './pack-analysis';

/** The two jobs a worker thread does: the per-article stages over a chunk of articles, or the per-story stages over a chunk of stories. */
export type WorkerTask =
  | { kind: 'analyze'; articles: ArticleInput[] }
  | { kind: 'compare-stories'; stories: StoryInput[]; options: StoryOptions };

/** What each kind of task returns. */
export type WorkerResult = PackedAnalysis[] | StoryResult[];

/**
 * A received story's name table with its null prototype back (a clone is a
 * plain object), so a name such as "constructor" is not found on Object's prototype.
 */
export function withNameTable(story: StoryInput): StoryInput {
  return { ...story, idByName: Object.assign(Object.create(null) as Record<string, string>, story.idByName) };
}

/** Does one task; the same code runs in a worker thread and, in tests, in the calling thread. */
export function runTask(task: WorkerTask): WorkerResult {
  if (task.kind === 'analyze') return task.articles.map((article) => packAnalysis(analyzeArticle(article)));
  return task.stories.map((story) => compareStory(withNameTable(story), task.options));
}
