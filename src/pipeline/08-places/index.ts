export { places, findPlaces } from './stage.js';
export { locateEvent, focusLocation } from './locate.js';
