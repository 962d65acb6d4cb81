/**
 * The words that govern a date ("since 2003", "as recently as 2008", "in early May") belong to
 * its span: later stages read them to tell background history and deadlines from events.
 */

const PREPOSITIONS =
  'as\\s+recently\\s+as|as\\s+early\\s+as|as\\s+late\\s+as|as\\s+long\\s+ago\\s+as|as\\s+far\\s+back\\s+as|as\\s+of|' +
  'in|on|since|by|until|till|from|during|through|throughout|before|after';

/** A governing preposition (or "early", "late", "mid-") right before a date, as in "since early 2003". */
const GOVERNING = new RegExp(
  `(?:\\b(?:${PREPOSITIONS})\\s+)?(?:\\b(?:early|late|mid)(?:-|\\s+))?$`,
  'i',
);
const STARTS_GOVERNED = new RegExp(`^(?:${PREPOSITIONS})\\b`, 'i');
const LOOKBACK = 40;

/** Where a date span starting at `start` begins once its governing words are included. */
export function governedStart(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - LOOKBACK), start);
  const m = GOVERNING.exec(window);
  return m ? start - m[0].length : start;
}

/** Whether a date's text already opens with its preposition ("on Tuesday"). */
export function startsGoverned(dateText: string): boolean {
  return STARTS_GOVERNED.test(dateText);
}
