/** Shapes shared by the corpus generator: event templates, stories, ground truth. */
import type { Rng } from './prng';

/**
 * Units as corroborate reports them after normalising (miles become km, "$"
 * becomes USD). Counts of people are 'people' here; the library may call a
 * count 'count' when it does not know the noun (monitors, jobs), so scoring
 * treats the two as one family (see sameUnitFamily).
 */
export type Unit = 'people' | 'km' | 'USD' | 'EUR' | 'percent' | 'count' | 'hour';

/** Whether a unit the library reported fits a unit of the ground truth. */
export function sameUnitFamily(reported: string | undefined, truth: Unit): boolean {
  if (reported === undefined || reported === truth) return true;
  const counts = ['people', 'count'];
  return counts.includes(reported) && counts.includes(truth);
}

/** How a figure is written in text. */
export type FigureStyle = 'people' | 'money' | 'km' | 'percent' | 'hours' | 'large-count';

/** One checkable fact of an event type, with several phrasings. `<v>` is the written figure. */
export interface FactSpec {
  id: string;
  unit: Unit;
  style: FigureStyle;
  /** The true value, in the unit (USD amounts in dollars, not millions). */
  value(rng: Rng): number;
  phrasings: readonly string[];
  /** Only for money facts: which currency the figure is written in. */
  currency?: 'USD' | 'EUR';
}

/** A kind of news event: its cast, facts, and figure-free paragraphs. */
export interface EventType {
  kind: string;
  /**
   * Event-specific slots added to the common cast (ministries, unions,
   * parties ...): templates expanded once per story, in order, so a later
   * slot may use an earlier one.
   */
  cast: Readonly<Record<string, string>>;
  headlines: readonly string[];
  /** Opening sentences; they carry no figure. */
  leads: readonly string[];
  facts: readonly FactSpec[];
  /** Background and reaction paragraphs without figures. */
  fillers: readonly string[];
  /** Quotes without figures. */
  quotes: readonly string[];
}

/** A figure that one outlet (and any copy of it) wrote differently from the rest. */
export interface Alteration {
  storyId: string;
  factId: string;
  unit: Unit;
  originalValue: number;
  alteredValue: number;
  /** Articles that state the fact with its original value. */
  originalArticleIds: string[];
  /** Articles that state the altered value: the altering outlet and its copies. */
  alteredArticleIds: string[];
  /** The article that introduced the altered value (the others in alteredArticleIds copy it). */
  alteredBy: string;
}

/** A wire reprint: a near-verbatim copy of another article of the same story. */
export interface Copy {
  storyId: string;
  articleId: string;
  copyOf: string;
}

export interface StoryTruth {
  id: string;
  kind: string;
  articleIds: string[];
  /** factId -> true value, for every fact the story has. */
  facts: Record<string, { value: number; unit: Unit }>;
}

export interface GroundTruth {
  seed: number;
  stories: StoryTruth[];
  alterations: Alteration[];
  copies: Copy[];
}
