/**
 * The data contracts of faultline. Every span is a pair of character offsets
 * (`start` inclusive, `end` exclusive) into the cleaned document text.
 */

/** A half-open character range into `Doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** How an event or predicate is presented by the text. */
export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'counterfactual';

/** How precise a date is. `publication` means no date words governed it. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'publication';

/** One token as produced by segmentation. */
export interface Token extends Span {
  /** the text as written */
  text: string;
  /** lower-cased text */
  norm: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP, …) */
  pos: string;
  /** lower-cased lemma */
  lemma: string;
  /** index of the sentence this token belongs to */
  sentence: number;
  /** the token is a negation cue: not, n't, never, no, nor, neither, without */
  negationCue: boolean;
}

/** One sentence: its characters and its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
}

/** A date expression found in the text, resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** first day, YYYY-MM-DD */
  value: string;
  /** last day, YYYY-MM-DD (equal to value for a single day); `end` is the character offset */
  last: string;
  precision: Exclude<DatePrecision, 'publication'>;
}

/** The kind of dictionary entry an actor mention came from. */
export type ActorKind =
  | 'country'
  | 'capital'
  | 'city'
  | 'organization'
  | 'group'
  | 'person'
  | 'agent'
  | 'identity'
  | 'pronoun';

/** An actor mention: a span of text resolved to a CAMEO actor code. */
export interface ActorMention extends Span {
  text: string;
  /** CAMEO actor code, e.g. IRQMIL, USAGOV, IMGMUSISI, ---REB */
  code: string;
  /** canonical name, e.g. "Iraq military", "Barack Obama" */
  name: string;
  kind: ActorKind;
  /** first and last token index, inclusive / exclusive */
  tokenStart: number;
  tokenEnd: number;
  /** for pronouns and short names: the mention this one refers back to */
  antecedent?: number;
  /** "Obama and Putin said they …": the other mentions sharing this span, one per coordinated antecedent */
  also?: number[];
  /** the dictionary entry id, for provenance */
  entry?: string;
}

/** A verbal (or nominal) predicate with its arguments, from shallow clause analysis. */
export interface Clause {
  /** token index of the head verb (or event noun for nominal clauses) */
  head: number;
  /** token indexes of the verb group: auxiliaries, modals, negation, head, particle */
  verbGroup: number[];
  particle: number | null;
  passive: boolean;
  nominal: boolean;
  /** subject tokens [start, end) or null */
  subject: [number, number] | null;
  /** direct object tokens [start, end) or null */
  object: [number, number] | null;
  /** tokens from after the verb group to the end of the clause [start, end) */
  complement: [number, number];
  /** by-agent of a passive, tokens [start, end) */
  agent: [number, number] | null;
  /** index of the clause that reports this one ("X said [Y attacked Z]") */
  reportedBy: number | null;
  /** index of the clause this one is an argument of (infinitive or that-complement) */
  parent: number | null;
  /** index of the clause whose subject (and auxiliaries) this coordinated verb shares */
  coordinate: number | null;
  /** in an object relative ("Mosul, which ISIS captured"), the antecedent that is the verb's object */
  gapObject?: [number, number] | null;
  /** opened by a relative pronoun: "which seized Mosul", "who were freed", and with `gapObject` "Mosul, which ISIS captured" */
  relative?: boolean;
  sentence: number;
}

/** Who says so: the source an event is attributed to. */
export interface Attribution extends Span {
  text: string;
  code: string | null;
}

/** An actor as it appears on an event. */
export interface EventActor extends Span {
  text: string;
  code: string;
  name: string;
}

/** A place mention resolved against the gazetteer (the places stage). */
export interface PlaceMention extends Span {
  text: string;
  /** GeoNames id; null for a place our own alias table knows without a GeoNames entry */
  geonameId: number | null;
  /** canonical name, e.g. "Mosul", "Nineveh", "Iraq" */
  name: string;
  /** GeoNames feature code: PPL, PPLA, PPLC, ADM1, PCLI, RGN, … */
  featureCode: string;
  /** admin-1 region name ("Nineveh"), null for countries */
  admin1: string | null;
  /** ISO 3166-1 alpha-2 ("IQ") */
  country: string | null;
  /** ISO 3166-1 alpha-3 ("IRQ") */
  country3: string | null;
  lat: number | null;
  lon: number | null;
  /** how the name was used: a place name, a demonym ("Iraqi"), or a region phrase ("northern Syria") */
  kind?: 'name' | 'demonym' | 'region';
  /** the gazetteer does not hold this name (a street, a building): the point is the article's main town */
  approximate?: boolean;
}

/** A place mention as the pipeline keeps it: with its tokens, and whether it is the dateline. */
export interface DocPlace extends PlaceMention {
  tokenStart: number;
  tokenEnd: number;
  /** the story's dateline ("BAGHDAD (Reuters) —"): where it was filed, not where things happened */
  dateline: boolean;
}

/** Where an event happened, with how precise that is. */
export interface EventLocation {
  geonameId: number | null;
  name: string;
  admin1: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  /** ISO 3166-1 alpha-3 */
  country3?: string | null;
  lat: number | null;
  lon: number | null;
  precision: 'point' | 'admin1' | 'country' | null;
  /** character span of the place words the location came from, when the text names it */
  span?: Span | null;
}

/** One coded event. Field names are a public contract: other tools read them. */
export interface EventRecord {
  id: string;
  cameo: { code: string; root: string; name: string; quadClass: number; goldstein: number };
  plover: { type: string; mode: string | null };
  source: EventActor;
  target: EventActor | null;
  date: { value: string; end: string; precision: DatePrecision; text: string | null };
  location: EventLocation | null;
  modality: Modality;
  historical: boolean;
  attribution: Attribution | null;
  casualties: { dead: number | null; injured: number | null } | null;
  evidence: { sentence: Span; trigger: Span };
  rule: string;
  confidence: number;
  /** for a threat (13x) or an intent (03x) coded from an action the source declared: that action */
  threatened?: { code: string; name: string };
}

/** A predicate with its modality (the `--predicates` layer). */
export interface Predicate extends Span {
  text: string;
  lemma: string;
  modality: Modality;
}

/** An event as the coder found it, before dates, modality and places are attached. */
export interface CodedEvent {
  /** index into Doc.clauses, or -1 for a nominal event outside any clause */
  clause: number;
  /** the id of the rule that fired */
  rule: string;
  code: string;
  /** index into Doc.actors, or -1 for an unidentified perpetrator ("were killed in a car bombing") */
  source: number;
  /** index into Doc.actors, or null */
  target: number | null;
  /** trigger tokens [start, end) */
  trigger: [number, number];
  sentence: number;
  /** token index of the verb (or noun) the event hangs on, for modality and dates */
  anchor: number;
  nominal: boolean;
  /** how the source was found: subject, by-agent, modifier, control */
  via: string;
}

/** The document as it flows through the pipeline: each stage adds its layer. */
export interface Doc {
  id: string;
  /** the input as given (bytes or text, HTML or plain); the clean stage turns it into `text` */
  raw: string | Uint8Array;
  /** lines of page chrome repeated across this document's source, found over a batch */
  repeated?: Set<string>;
  title: string | null;
  url: string | null;
  /** publication date, YYYY-MM-DD ('' until the clean stage has read metadata or defaulted it) */
  publishedAt: string;
  /** cleaned text; every offset points into it */
  text: string;
  warnings: string[];
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  clauses: Clause[];
  coded: CodedEvent[];
  dates: DateMention[];
  /** place mentions resolved against the gazetteer (the places stage) */
  places: DocPlace[];
  /** modality per clause index (filled by the modality stage) */
  clauseModality: Modality[];
  /** attribution per clause index */
  clauseAttribution: (Attribution | null)[];
  events: EventRecord[];
  predicates: Predicate[];
}

/** The public result of `analyze` for one document. */
export interface AnalysisResult {
  document: { id: string; title: string | null; url: string | null; publishedAt: string; text: string };
  events: EventRecord[];
  actors: Array<Pick<ActorMention, 'text' | 'start' | 'end' | 'code' | 'name'>>;
  dates: DateMention[];
  places: PlaceMention[];
  predicates?: Predicate[];
  warnings: string[];
  /** size of the document as analyzed */
  stats: { characters: number; sentences: number; tokens: number };
}
