export { code, codeDocument } from './code.js';
export { matchRule, baseForms } from './match.js';
