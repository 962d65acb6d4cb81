/** What a pipeline stage is: a name and a function that adds its layer to the document. */
import type { Lexicon } from '../lexicon/load.js';
import type { Doc } from '../types.js';

/** What every stage may read besides the document. */
export interface Context {
  lexicon: Lexicon;
  /** add every predicate with its modality (`--predicates`) */
  predicates: boolean;
}

/** A pipeline stage: reads what earlier stages put on the document and adds its own layer. */
export interface Stage {
  name: string;
  run(doc: Doc, ctx: Context): void;
}
