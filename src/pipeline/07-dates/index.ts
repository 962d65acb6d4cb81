export { findDates, type FoundDate } from './find.js';
