export { InputError, type InputErrorCode } from './errors.js';
export { decodeInput, prepareText, firstInvalidUtf8, type DecodeOptions } from './decode.js';
export { looksLikeHtml, extractHtml, parseMetaDate, type ExtractOptions, type ExtractedHtml } from './html.js';
export {
  removeBoilerplate,
  findRepeatedLines,
  normaliseLine,
  chromeRuleFor,
  CHROME_RULES,
  type ChromeRule,
  type BoilerplateOptions,
  type BoilerplateResult,
  type RepeatedLinesOptions,
} from './boilerplate.js';
export { detectEnglish, ENGLISH_SCORE, type LanguageGuess } from './language.js';
export { cleanDocument, type CleanOptions, type CleanedDocument } from './clean.js';
