export { analyzeBatch, type Job, type BatchOptions } from './pool.js';
export { runOne, outcomeResult, outcomeJson, type Outcome } from './run-one.js';
