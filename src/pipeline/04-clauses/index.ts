export { clauses, findClauses, groupStart, isInfinitive } from './clauses.js';
export { SPEECH_VERBS, LOCATIVE_PREPS } from './words.js';
