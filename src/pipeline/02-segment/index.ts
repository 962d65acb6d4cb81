export { segment, segmentText } from './segment.js';
