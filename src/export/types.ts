import type { StoredEvent } from '../store/types.js';

/** An exporter: events in (streamed from the store), text chunks out — never the whole file in memory. */
export type Exporter = (events: AsyncIterable<StoredEvent>) => AsyncIterable<string>;
