/** GET /actors and GET /places: who and where, with their event counts. */
import type { FastifyInstance } from 'fastify';
import { parseEventFilter, parseWholeNumber } from '../../query/index.js';
import type { Query, RouteContext } from '../context.js';
import { errors, ref } from '../schemas.js';

const limitSchema = { type: 'string', pattern: '^\\d+$', description: 'how many, 1–1000 (default 50)' };

const parseLimit = (text: string | undefined) => parseWholeNumber('limit', text, 1, 1000, 50);

/** Registers /actors and /places. */
export function directoryRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/actors',
    {
      schema: {
        tags: ['directory'],
        summary: 'Actors by how often they act or are acted on; q matches code prefix or name',
        querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 200 }, limit: limitSchema } },
        response: { 200: { type: 'array', items: ref('Actor') }, ...errors(400) },
      },
    },
    async (request) => store.actors({ q: request.query.q?.trim() || undefined, limit: parseLimit(request.query.limit) }),
  );

  app.get<{ Querystring: Query }>(
    '/places',
    {
      schema: {
        tags: ['directory'],
        summary: 'Event locations by event count; q matches the place name',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', maxLength: 200 }, country: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: 'ISO 3166-1 alpha-2 or alpha-3' }, limit: limitSchema },
        },
        response: { 200: { type: 'array', items: ref('Place') }, ...errors(400) },
      },
    },
    async (request) => {
      // The country check is the event filter's, so both routes accept and refuse the same codes.
      const { country } = parseEventFilter({ country: request.query.country });
      return store.places({ q: request.query.q?.trim() || undefined, country, limit: parseLimit(request.query.limit) });
    },
  );
}
