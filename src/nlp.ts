/** The one shared wink-nlp instance (loading the model costs ~70 ms, so it happens once). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** Returns the shared wink-nlp instance with sentence boundaries and POS (negation cues are ours). */
export function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/** Tokenises a short name exactly as the segmenter tokenises running text. */
export function tokenizeName(name: string): string[] {
  return nlp().readDoc(name).tokens().out() as string[];
}
