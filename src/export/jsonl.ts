/** `jsonl`: each event as stored (`StoredEvent`), one JSON object per line. */
import type { StoredEvent } from '../store/types.js';
import { chunked } from './chunk.js';
import type { Exporter } from './types.js';

async function* lines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  for await (const event of events) yield JSON.stringify(event) + '\n';
}

/** Events as JSON Lines. */
export const toJsonl: Exporter = (events) => chunked(lines(events));
