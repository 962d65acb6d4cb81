/** Whether a date is spoken of as ahead of the publication day ("talks will resume on Friday"). */

// Only the words between the last clause boundary (punctuation or a reporting verb) and the
// date count, so "X will resign, he said on Tuesday" stays in the past.
const BOUNDARY = /[.!?;:,\n\u2013\u2014]|\b(?:said|says|told|announced|added|reported|stated|claimed|according)\b/gi;
// Modal and scheduling words, and the present tense of scheduling verbs ("the summit opens on Monday").
const FUTURE = new RegExp(
  '\\b(?:will|shall|won\'t|going\\s+to|(?:is|are|was|were)\\s+(?:due|set|scheduled|expected|slated|planned|poised|to)|' +
    'scheduled|slated|due\\s+(?:on|in|by|at)|plans?\\s+to|planning\\s+to|intends?\\s+to|upcoming|' +
    'expires?|matures?|begins|starts|opens|meets|convenes|resumes|ends|payable|' +
    'to\\s+(?:begin|start|open|meet|convene|resume|end|expire))\\b|[\'\\u2019]ll\\b',
  'i',
);
const LOOKBACK = 120;

/** True when the clause words before `start` mark the future (will, is due to, scheduled …). */
export function isFutureContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) from = m.index + m[0].length;
  return FUTURE.test(before.slice(from));
}
