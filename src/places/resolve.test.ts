import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer.js';
import { resolvePlaces } from './resolve.js';

const gaz = loadGazetteer();

/** Resolves the named spans of a text (each given as its first occurrence). */
function resolve(text: string, ...names: string[]) {
  const spans = names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`"${n}" is not in the text`);
    return { start, end: start + n.length };
  });
  return resolvePlaces(text, spans, { gazetteer: gaz, guessUnknown: false });
}

describe('resolvePlaces: a region and a city of the same name', () => {
  it('reads a bare region name as the city when the city holds much of its people', () => {
    const [ny] = resolve('Thousands marched in New York on Saturday.', 'New York');
    expect(ny).toMatchObject({ name: 'New York City', featureCode: 'PPL', country: 'US' });
  });

  it('reads it as the region when the namesake city is a small part of it', () => {
    const [qc] = resolve('Wildfires forced evacuations across Quebec this week.', 'Quebec');
    expect(qc).toMatchObject({ featureCode: 'ADM1', country: 'CA' });
  });

  it('keeps "X Province" and "the city of X" apart', () => {
    const text = 'Fighting spread from the city of Idlib to villages across Idlib province.';
    const start = text.lastIndexOf('Idlib');
    const [city, province] = resolvePlaces(text, [{ start: text.indexOf('Idlib'), end: text.indexOf('Idlib') + 5 }, { start, end: start + 5 }], { gazetteer: gaz });
    expect(city).toMatchObject({ featureCode: 'PPLA', country: 'SY' });
    expect(province).toMatchObject({ featureCode: 'ADM1', country: 'SY' });
  });

  it('reads a state with no namesake city as the state, not a small town elsewhere', () => {
    const [de] = resolve('Voters in Delaware went to the polls.', 'Delaware');
    expect(de).toMatchObject({ featureCode: 'ADM1', country: 'US' });
  });

  it('reads a capital named like a region of its country as the capital', () => {
    const [dc] = resolve('Officials in Washington said the talks would resume.', 'Washington');
    expect(dc).toMatchObject({ featureCode: 'PPLC', country: 'US' });
  });
});

describe('resolvePlaces: continents and oceans', () => {
  it('reads "Asia" and "Pacific" as the continent and the ocean, not villages named after them', () => {
    const [asia, pacific] = resolve('Trade across Asia and the Pacific slowed.', 'Asia', 'Pacific');
    expect(asia).toMatchObject({ featureCode: 'CONT' });
    expect(pacific).toMatchObject({ featureCode: 'SEA' });
  });
});

describe('resolvePlaces: containment by an abbreviated state or province', () => {
  it('puts "London, Ky." in Kentucky and "Nelson, B.C." in Canada', () => {
    const [london] = resolve('A fire broke out in London, Ky., on Sunday.', 'London');
    expect(london).toMatchObject({ country: 'US', admin1: 'Kentucky' });
    const [nelson] = resolve('The mayor of Nelson, B.C., resigned.', 'Nelson');
    expect(nelson).toMatchObject({ country: 'CA' });
  });
});

describe('resolvePlaces: US counties (us-atlas centroids, no GeoNames id)', () => {
  it('puts "Laurel County, Ky." at the county itself, in Kentucky', () => {
    const [county] = resolve('Deputies in Laurel County, Ky., found the car.', 'Laurel County');
    expect(county).toMatchObject({ geonameId: null, featureCode: 'ADM2', country: 'US', admin1: 'Kentucky' });
    expect(county!.lat).toBeCloseTo(37.1, 1);
    expect(county!.lon).toBeCloseTo(-84.1, 1);
  });

  it('knows a county only one state has, and takes the most populous of a name thirty states share when nothing else tells', () => {
    const [metcalfe] = resolve('Officials in Metcalfe County met on Monday.', 'Metcalfe County');
    expect(metcalfe).toMatchObject({ featureCode: 'ADM2', admin1: 'Kentucky' });
    const [washington] = resolve('Officials in Washington County met on Monday.', 'Washington County');
    expect(washington).toMatchObject({ featureCode: 'ADM2', admin1: 'Oregon' });
    const [md] = resolve('Police in Montgomery County, Maryland, arrested two men.', 'Montgomery County');
    expect(md).toMatchObject({ featureCode: 'ADM2', admin1: 'Maryland' });
  });
});

describe('resolvePlaces: one sense per article', () => {
  it('reads a bare "London" as the London the article pinned down with its province', () => {
    const text = 'A rally was held in London, Ont., on Sunday. Organizers said London had never seen such a crowd.';
    const second = text.lastIndexOf('London');
    const [first, again] = resolvePlaces(text, [{ start: text.indexOf('London'), end: text.indexOf('London') + 6 }, { start: second, end: second + 6 }], { gazetteer: gaz });
    expect(first).toMatchObject({ country: 'CA' });
    expect(again).toMatchObject({ country: 'CA', geonameId: first!.geonameId });
  });
});

describe('resolvePlaces: spans the gazetteer lacks', () => {
  it('puts a street at the main town of the country the article is about, not at a town abroad it names', () => {
    const text = 'Fans flew in from Paris and Paris again. In Gainesville, Florida, the parade passed Main Street Plaza. Gainesville cheered. Florida officials and Florida police agreed.';
    const names = ['Paris', 'Gainesville', 'Florida', 'Main Street Plaza'];
    const spans = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
    const second = text.indexOf('Paris', text.indexOf('Paris') + 1);
    spans.push({ start: second, end: second + 5 });
    const out = resolvePlaces(text, spans, { gazetteer: gaz });
    expect(out[3]).toMatchObject({ approximate: true, geonameId: null, country: 'US' });
  });
});

describe('resolvePlaces: the Gulf', () => {
  it('reads "the Gulf" as the Persian Gulf, not Papua New Guinea’s Gulf Province', () => {
    const [gulf] = resolve('Iran seized a tanker in the Gulf on Friday.', 'Gulf');
    expect(gulf).toMatchObject({ name: 'Persian Gulf', featureCode: 'SEA' });
  });
});

describe('resolvePlaces: a part of a country or region', () => {
  it('places "South Florida" and "Western US" at the whole they are part of, never at a town', () => {
    const [fl, us] = resolve('Storms hit South Florida while the Western US baked.', 'South Florida', 'Western US');
    expect(fl).toMatchObject({ featureCode: 'ADM1', admin1: 'Florida', country: 'US' });
    expect(us).toMatchObject({ featureCode: 'PCLI', country: 'US' });
  });

  it('reads the peoples world-countries lacks and the old name of a country', () => {
    const [serb, ussr] = resolve('A Serb delegation recalled the Soviet Union.', 'Serb', 'Soviet Union');
    expect(serb).toMatchObject({ country: 'RS' });
    expect(ussr).toMatchObject({ country: 'RU' });
  });
});

describe('resolvePlaces: a region chosen over its namesake towns is firm', () => {
  it('pulls an ambiguous town into the state the article names', () => {
    const text = 'The parade left Louisiana Avenue and turned onto Franklin near the river, as Louisiana officials watched.';
    const at = text.lastIndexOf('Louisiana');
    const franklin = text.indexOf('Franklin');
    const [, town] = resolvePlaces(text, [{ start: at, end: at + 9 }, { start: franklin, end: franklin + 8 }], { gazetteer: gaz, guessUnknown: false });
    expect(town).toMatchObject({ country: 'US', admin1: 'Louisiana' });
  });
});

describe('resolvePlaces: the main town of the main region', () => {
  it('guesses an unknown span at the town of the region the article names most, not a namesake town elsewhere', () => {
    const text = 'Jamison said so. Families in Centreville and in Gainesville, Va., met Jamison near Patriot High.';
    const names: Array<[string, number]> = [['Jamison', 0], ['Centreville', 0], ['Gainesville', 0], ['Va.', 0], ['Jamison', 1], ['Patriot High', 0]];
    const spans = names.map(([n, nth]) => {
      let at = text.indexOf(n);
      for (let k = 0; k < nth; k++) at = text.indexOf(n, at + 1);
      return { start: at, end: at + n.length };
    });
    const out = resolvePlaces(text, spans, { gazetteer: gaz });
    expect(out[5]).toMatchObject({ approximate: true, country: 'US', admin1: 'Virginia' });
  });
});

describe('resolvePlaces: the region after "Town,"', () => {
  it('reads "Washington" after "Tacoma," as the state Tacoma lies in, and bare as the capital', () => {
    const text = 'A baker in Tacoma, Washington shared tips. Officials in Washington said nothing.';
    const second = text.lastIndexOf('Washington');
    const [, state, capital] = resolvePlaces(text, [
      { start: text.indexOf('Tacoma'), end: text.indexOf('Tacoma') + 6 },
      { start: text.indexOf('Washington'), end: text.indexOf('Washington') + 10 },
      { start: second, end: second + 10 },
    ], { gazetteer: gaz });
    expect(state).toMatchObject({ featureCode: 'ADM1', admin1: 'Washington' });
    expect(capital).toMatchObject({ featureCode: 'PPLC' });
  });
});

describe('resolvePlaces: the local focus of an article', () => {
  it('reads an ambiguous small town as the namesake near the other places of the story', () => {
    const text = 'A Paris man was arrested after a chase that ended near Reno. Officers from Bonham and Honey Grove assisted.';
    const [, reno] = resolve(text, 'Paris', 'Reno', 'Bonham', 'Honey Grove');
    expect(reno).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('lets namesakes near each other agree ("Auburn" beside Bangor and Lewiston is in Maine)', () => {
    const [auburn] = resolve('Police in Auburn arrested a man who had been living in Lewiston and Bangor.', 'Auburn', 'Lewiston', 'Bangor');
    expect(auburn).toMatchObject({ country: 'US', admin1: 'Maine' });
  });

  it('keeps a great city abroad against a village near the story when the article is not about that country', () => {
    const text = 'Pupils of the British school in Cairo visited Liverpool and Manchester. Egypt sent a delegation.';
    const [liverpool] = resolve(text, 'Liverpool', 'Cairo', 'Manchester', 'Egypt');
    expect(liverpool).toMatchObject({ country: 'GB' });
  });
});

describe('resolvePlaces: a region named bare in a story from its towns', () => {
  it('reads "Washington" as the state when the story’s towns lie in it, far from the capital', () => {
    const text = 'Crews from Spokane and Yakima fought the fire, the largest in Washington this year.';
    const [, , wa] = resolve(text, 'Spokane', 'Yakima', 'Washington');
    expect(wa).toMatchObject({ featureCode: 'ADM1', admin1: 'Washington' });
  });

  it('keeps "New York" the city when the story’s towns are near it', () => {
    const text = 'Commuters from Brooklyn and Hoboken crowded into New York on Monday.';
    const [, , ny] = resolve(text, 'Brooklyn', 'Hoboken', 'New York');
    expect(ny).toMatchObject({ name: 'New York City' });
  });
});
