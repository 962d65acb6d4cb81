export { ingest, ingestDocuments, ingestExpansion, WRITE_BATCH, type IngestOptions, type IngestProgress, type IngestStats } from './ingest.js';
export { watch, type WatchOptions, type PollReport } from './watch.js';
export { expandInputs, jsonDocument, contentHash, listIngestFiles, type SourceDoc, type SourceProblem, type Expansion, type ExpandOptions } from './sources.js';
export { PollState, parseFeed, looksLikeFeed, hasFullContent, fetchConditional, type FeedItem, type ParsedFeed } from './feeds.js';
export { fetchUrl, isHttpUrl, FetchError, USER_AGENT, type FetchOptions, type Fetched } from './fetch.js';
