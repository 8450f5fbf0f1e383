export { extractEntities } from './extract-entities';
export { isNameVariant, isPartialName } from './is-name-variant';
export { groupEntities } from './group-entities';
export { KIND_RULES, classifyKind, type KindRule, type KindContext } from './classify-kind';
export type { EntityGrouping, EntityNameInput, ExtractEntitiesOptions } from './types';
