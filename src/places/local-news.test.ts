/**
 * Invented local-news stories in the style of the LGL corpus (small US papers): ambiguous
 * towns, AP state abbreviations, counties, the story's own region. Each names its places with
 * the US state each should resolve to; guards the local focus of resolve.ts as a whole.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer.js';
import { resolvePlaces } from './resolve.js';

const gaz = loadGazetteer();

interface Story {
  about: string;
  text: string;
  /** each place as written (its first occurrence) and the US state it lies in */
  places: Array<[string, string]>;
}

const STORIES: Story[] = [
  {
    about: 'a chase in northeast Texas',
    text: "PARIS — A Paris man was arrested Tuesday after a chase that ended near Reno, police said. Lamar County deputies said the pickup stalled outside Clarksville. The man also had warrants in Hugo, Okla. Officers from Bonham and Honey Grove assisted.",
    places: [['PARIS', 'Texas'], ['Reno', 'Texas'], ['Lamar County', 'Texas'], ['Clarksville', 'Texas'], ['Hugo', 'Oklahoma'], ['Okla.', 'Oklahoma'], ['Bonham', 'Texas'], ['Honey Grove', 'Texas']],
  },
  {
    about: 'a break-in on the Idaho–Washington line',
    text: 'Lewiston police are investigating a break-in at a pawn shop. Some of the guitars were recovered in Clarkston. A Moscow man was booked into jail, and a second suspect was arrested in Pullman, Wash.',
    places: [['Lewiston', 'Idaho'], ['Clarkston', 'Washington'], ['Moscow', 'Idaho'], ['Pullman', 'Washington'], ['Wash.', 'Washington']],
  },
  {
    about: 'a house fire in Clark County, Washington',
    text: 'Vancouver firefighters put out a house fire early Saturday. Crews from Battle Ground and Camas helped. The homeowner had just moved from Olympia. It was the third dryer fire in Washington this month.',
    places: [['Vancouver', 'Washington'], ['Battle Ground', 'Washington'], ['Camas', 'Washington'], ['Olympia', 'Washington'], ['Washington', 'Washington']],
  },
];

describe('resolvePlaces on invented local-news stories', () => {
  for (const story of STORIES) {
    it(`places every name of ${story.about} in its state`, () => {
      const spans = story.places.map(([name]) => {
        const start = story.text.indexOf(name);
        if (start < 0) throw new Error(`"${name}" is not in the story`);
        return { start, end: start + name.length };
      });
      const got = resolvePlaces(story.text, spans, { gazetteer: gaz, guessUnknown: false }).map((p) => `${p?.country}/${p?.admin1}`);
      expect(got).toEqual(story.places.map(([, state]) => `US/${state}`));
    });
  }
});
