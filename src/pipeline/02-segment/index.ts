export { segment, segmentText } from './segment.js';
export { retagVerbs } from './retag.js';
