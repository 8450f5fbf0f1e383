import type { EntityKind, ReportEntity } from '../types';

/** Options of `extractEntities`. */
export interface ExtractEntitiesOptions {
  /** Added to every returned span, for text that is a fragment of a longer article. */
  offset?: number;
}

/** One mention handed to `groupEntities`. */
export interface EntityNameInput {
  name: string;
  kind: EntityKind;
  articleId: string;
}

/** Entities grouped across articles, and the entity id of every name seen. */
export interface EntityGrouping {
  entities: ReportEntity[];
  idByName: Record<string, string>;
}
