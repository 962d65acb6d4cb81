/** Common English function words: frequent in any English prose, rare as words of other languages. */
const FUNCTION_WORDS = new Set(
  (
    'the of and to in a an is are was were be been being has have had that this these those for on with as at by ' +
    'from it its he she they his her their them we our you your not but or which who whom whose will would could ' +
    'should said says there than after before about into over also more when what while where if can may one all ' +
    'up out against because during between under since no so does did him us my just only other some any such ' +
    'then how now very most however last new two people'
  ).split(' '),
);

/** Words read from the start of the text; enough for a stable share. */
const SAMPLE_WORDS = 2000;
/** Characters read to find them (generous: ~6 characters per English word with its space). */
const SAMPLE_CHARS = SAMPLE_WORDS * 10;
/** Below this many words the share is noise, so only the script is judged. */
const MIN_WORDS = 20;
/** English news prose scores 0.35–0.55; French, Spanish, German, Portuguese and Danish stay under 0.1. */
export const ENGLISH_SCORE = 0.15;

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

export interface LanguageGuess {
  english: boolean;
  /** share of the sampled words that are English function words, 0–1 */
  score: number;
}

/** Guesses whether `text` is English from the share of English function words in its first 2,000 words. */
export function detectEnglish(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let words = 0;
  let hits = 0;
  for (const m of sample.matchAll(WORD)) {
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
    if (++words >= SAMPLE_WORDS) break;
  }
  const score = words === 0 ? 0 : Math.round((hits / words) * 1000) / 1000;
  // Terse English (wire-service tables: "Net profit 57.1 mln dlrs vs loss") scores low too, so a
  // low score only means "not English" when another language's function words outnumber ours.
  if (words >= MIN_WORDS) return { english: score >= ENGLISH_SCORE || (mostlyLatin(sample) && foreignHits(sample) <= Math.max(hits, 2)), score };
  return { english: mostlyLatin(sample), score };
}

/** Function words of other Latin-script languages news arrives in (French, Spanish, German, Portuguese, Italian, Dutch). */
const FOREIGN_WORDS = new Set(
  (
    'le la les des du une est et dans pour sur par avec qui que pas sont ont cette ces aux el los las del por con para una ' +
    'es en y lo como pero sus fue der die das und ist nicht mit sich auf dem den ein eine zu von im für auch werden wurde ' +
    'o os um uma não com mais foi pelo pela il di che non della nel sono het een van zijn niet voor ook maar'
  ).split(' '),
);

function foreignHits(sample: string): number {
  let n = 0;
  let words = 0;
  for (const m of sample.matchAll(WORD)) {
    if (FOREIGN_WORDS.has(m[0].toLowerCase())) n++;
    if (++words >= SAMPLE_WORDS) break;
  }
  return n;
}

/** Whether most letters are Latin script (a short text with no letters counts as Latin). */
function mostlyLatin(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return true;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return latin * 2 >= letters;
}
