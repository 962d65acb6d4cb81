export { events, buildEvents, governingDate } from './events.js';
export { findCasualties, parseCount } from './casualties.js';
