export { findDates, type FoundDate } from './find.js';
export { dates } from './stage.js';
