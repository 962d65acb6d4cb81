export { analyzeBatch, type Job, type BatchOptions } from './pool.js';
export { outcomeResult, outcomeJson, type Outcome } from './outcome.js';
