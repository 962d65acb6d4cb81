/**
 * POST /ingest: analyze and store documents given inline (`documents`) or fetched (`urls`),
 * through the library's ingest loop. Only http(s) URLs are accepted: `ingest()` also reads
 * local paths, which a network client must never reach.
 */
import type { FastifyInstance } from 'fastify';
import { contentHash, ingest, ingestExpansion, isHttpUrl, type Expansion, type IngestProgress, type SourceDoc } from '../../ingest/index.js';
import { parseDate } from '../../query/index.js';
import { requireToken } from '../auth.js';
import type { RouteContext } from '../context.js';
import { HttpError } from '../errors.js';
import { errors } from '../schemas.js';

/** A document given inline. */
interface InlineDocument {
  text: string;
  date?: string;
  url?: string;
  title?: string;
  source?: string;
}

interface IngestBody {
  documents?: InlineDocument[];
  urls?: string[];
}

/** Most documents or URLs per request: analysis runs in the server's thread. */
export const MAX_INGEST_ITEMS = 100;

const body = {
  type: 'object',
  additionalProperties: false,
  description: 'either `documents` or `urls`',
  properties: {
    documents: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_INGEST_ITEMS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          text: { type: 'string', minLength: 1, description: 'plain text or HTML' },
          date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'publication date YYYY-MM-DD' },
          url: { type: 'string', maxLength: 2000 },
          title: { type: 'string', maxLength: 1000 },
          source: { type: 'string', maxLength: 200, description: 'the outlet' },
        },
      },
    },
    urls: { type: 'array', minItems: 1, maxItems: MAX_INGEST_ITEMS, items: { type: 'string', maxLength: 2000, pattern: '^https?://' } },
  },
};

const response = {
  200: {
    type: 'object',
    properties: {
      documents: { type: 'integer', description: 'documents stored by this request' },
      known: { type: 'integer', description: 'documents already stored (same content)' },
      failed: { type: 'integer' },
      mentions: { type: 'integer' },
      created: { type: 'integer', description: 'events founded' },
      merged: { type: 'integer', description: 'mentions merged into existing events' },
      results: {
        type: 'array',
        items: { type: 'object', properties: { name: { type: 'string' }, status: { type: 'string', enum: ['new', 'known', 'failed'] }, error: { type: 'string' } } },
      },
    },
  },
  ...errors(400, 401, 403, 413),
};

function inlineExpansion(documents: InlineDocument[]): Expansion {
  const docs: SourceDoc[] = documents.map((d, i) => {
    const date = d.date === undefined ? undefined : parseDate(`documents[${i}].date`, d.date);
    const name = d.url ?? `documents[${i}]`;
    return {
      name,
      doc: { hash: contentHash(d.text), origin: d.url ?? 'api', url: d.url ?? null, title: d.title ?? null, source: d.source ?? null, publishedAt: date ?? null },
      input: { id: name, text: d.text, date, url: d.url ?? null, title: d.title ?? null },
      group: d.source ?? 'api',
    };
  });
  return { docs, problems: [], urls: 0, notModified: 0, newItems: 0 };
}

/** Registers /ingest. */
export function ingestRoutes(app: FastifyInstance, { store, token }: RouteContext): void {
  app.post<{ Body: IngestBody }>(
    '/ingest',
    {
      onRequest: requireToken(token),
      schema: { tags: ['documents'], summary: 'Analyzes and stores documents (inline or by URL)', security: [{ bearer: [] }], body, response },
    },
    async (request) => {
      const { documents, urls } = request.body;
      if ((documents === undefined) === (urls === undefined)) throw new HttpError(400, 'bad_request', 'give either "documents" or "urls" (not both)');
      const bad = urls?.find((u) => !isHttpUrl(u));
      if (bad !== undefined) throw new HttpError(400, 'bad_request', `not an http(s) URL: "${bad}"`);
      const results: Array<{ name: string; status: IngestProgress['status']; error?: string }> = [];
      const options = { store, jobs: 1, onProgress: (p: IngestProgress) => results.push({ name: p.name, status: p.status, ...(p.error ? { error: p.error } : {}) }) };
      const stats = documents ? await ingestExpansion(inlineExpansion(documents), options) : await ingest(urls!, options);
      return { ...stats, results };
    },
  );
}
