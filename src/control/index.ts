/** Territorial control: which events are control claims, and who holds a place over time. */
export { CONTROL_CODES, controlClaimOf, controlClaimsOf, withdrawsFrom, type ControlChange } from './claims.js';
export { timelines, holderAt, holdingsOf, holdingsOn, holdingOn, actorMatches, sameSide, placeKey, type Holding, type Contest } from './timeline.js';
export { claimsAboutPlace, foldPlaceName, placeNameMatches } from './place-name.js';
