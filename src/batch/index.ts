export { analyzeBatch, type Job, type BatchOptions } from './pool.js';
export { runOne, type Outcome } from './run-one.js';
