/**
 * One story and every outlet's article about it, with the ground truth: which
 * article states which value of each fact, which outlet altered a figure, and
 * which articles are wire copies of another.
 */
import type { ArticleInput } from '../../src/types';
import type { Alteration, Copy, EventType, StoryTruth } from './types';
import { createRng } from './prng';
import { fill } from './template';
import { commonCast, storyDate } from './cast';
import { OUTLETS } from './names';
import { alteredValue } from './alter';
import { renderArticle, reprint, type FactStatement } from './render-article';

export interface StoryOptions {
  /** Chance that an article (not the first) is a wire copy of an earlier one. */
  copyRate: number;
  /** Chance that a fact gets one altered figure in the story. */
  alterRate: number;
  /** Chance that an outlet states a given fact at all. */
  factRate: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { copyRate: 0.15, alterRate: 0.35, factRate: 0.75 };

export interface BuiltStory {
  articles: ArticleInput[];
  truth: StoryTruth;
  alterations: Alteration[];
  copies: Copy[];
}

interface Plan {
  id: string;
  source: string;
  copyOf?: number;
  /** factId -> value this article states (absent: the article skips the fact). */
  values: Map<string, number>;
}

/** Which articles copy which, and which facts each original states. */
function planArticles(storyId: string, count: number, options: StoryOptions, rng: ReturnType<typeof createRng>): Plan[] {
  const outlets = rng.sample(OUTLETS, count);
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${storyId}-a${String(i + 1).padStart(2, '0')}`;
    const originals = plans.map((p, j) => j).filter((j) => plans[j].copyOf === undefined);
    const copyOf = i >= 2 && rng.chance(options.copyRate) ? rng.pick(originals) : undefined;
    const values = new Map<string, number>();
    plans.push({ id, source: outlets[i] ?? `Outlet ${i + 1}`, copyOf, values });
  }
  return plans;
}

export function buildStory(storyIndex: number, articleCount: number, seed: number, events: readonly EventType[], options: StoryOptions): BuiltStory {
  const rng = createRng(seed);
  const storyId = `s${String(storyIndex + 1).padStart(4, '0')}`;
  const event = events[storyIndex % events.length];
  const date = storyDate(rng);
  const slots = commonCast(rng, date.slots);
  for (const [name, template] of Object.entries(event.cast)) slots[name] = fill(template, rng, slots, false);

  const facts = event.facts.map((spec) => ({ spec, value: spec.value(rng) }));
  const plans = planArticles(storyId, articleCount, options, rng);
  const originals = plans.filter((p) => p.copyOf === undefined);
  const alterations: Alteration[] = [];

  for (const { spec, value } of facts) {
    const stating = originals.filter(() => rng.chance(options.factRate));
    for (const p of stating) p.values.set(spec.id, value);
    // An alteration needs the altering outlet and at least one outlet with the true figure.
    if (stating.length < 2 || !rng.chance(options.alterRate)) continue;
    const alterer = rng.pick(stating);
    const wrong = alteredValue(spec, value, rng);
    alterer.values.set(spec.id, wrong);
    alterations.push({
      storyId, factId: spec.id, unit: spec.unit, originalValue: value, alteredValue: wrong,
      originalArticleIds: [], alteredArticleIds: [], alteredBy: alterer.id,
    });
  }
  // Copies state whatever their source states.
  for (const p of plans) if (p.copyOf !== undefined) p.values = plans[p.copyOf].values;

  for (const a of alterations) {
    for (const p of plans) {
      const v = p.values.get(a.factId);
      if (v === a.originalValue) a.originalArticleIds.push(p.id);
      else if (v === a.alteredValue) a.alteredArticleIds.push(p.id);
    }
  }

  const texts: string[] = [];
  const articles: ArticleInput[] = plans.map((p, i) => {
    const stated: FactStatement[] = facts.filter((f) => p.values.has(f.spec.id)).map((f) => ({ spec: f.spec, value: p.values.get(f.spec.id)! }));
    const text = p.copyOf === undefined
      ? renderArticle(event, stated, slots, rng.between(640, 760), rng)
      : reprint(texts[p.copyOf], plans[p.copyOf].source, rng);
    texts.push(text);
    const article: ArticleInput = { id: p.id, text };
    if (rng.chance(0.9)) article.source = p.source;
    if (rng.chance(0.85)) article.publishedAt = `${date.iso}T${String(rng.between(6, 22)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00Z`;
    return article;
  });

  const copies: Copy[] = plans.flatMap((p) => (p.copyOf === undefined ? [] : [{ storyId, articleId: p.id, copyOf: plans[p.copyOf].id }]));
  const truth: StoryTruth = {
    id: storyId,
    kind: event.kind,
    articleIds: plans.map((p) => p.id),
    facts: Object.fromEntries(facts.map((f) => [f.spec.id, { value: f.value, unit: f.spec.unit }])),
  };
  return { articles, truth, alterations, copies };
}
