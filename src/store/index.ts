export type * from './types.js';
export { openStore } from './open.js';
export { DEFAULT_MERGE, mergeDecision, mergeOptions, compatibleActors, compatibleCodes, type MergeSubject, type MergeVerdict } from './merge.js';
