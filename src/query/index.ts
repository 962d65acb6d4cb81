export { parseEventQuery, parseEventFilter, parsePage, parseDate, parseWholeNumber, type RawParams, type ParseOptions } from './filter.js';
export { QueryError } from './errors.js';
export { FILTER_PARAMS, PAGE_PARAMS, flagHelp, type ParamSpec } from './params.js';
export { isCountryCode, countryName, countryAlpha3 } from '../ontology/countries.js';
