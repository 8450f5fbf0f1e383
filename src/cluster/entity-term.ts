import { boundedMemo } from '../internal/bounded-memo';

/**
 * The term an entity id stands as in claim and story terms (`e:<id>`), kept:
 * one string per entity, not a new one to build and hash for every claim
 * that names it.
 */
export const entityTerm = boundedMemo((id: string) => `e:${id}`);
