/** GET /events (filtered, paginated) and GET /events/:id (with its mentions). */
import type { FastifyInstance } from 'fastify';
import { parseEventFilter, parseEventQuery } from '../../query/index.js';
import type { Query, RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import { errors, eventQuerySchema, pageOf, ref } from '../schemas.js';

/** Route parameters: a positive integer id. */
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, description: 'numeric id' } } };

/** Registers the event routes. */
export function eventRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Events matching the filters, newest event date first, one page at a time',
        querystring: eventQuerySchema(),
        response: { 200: pageOf('Event'), ...errors(400) },
      },
    },
    async (request) => {
      const { filter, page } = parseEventQuery(request.query);
      return store.queryEvents(filter, page);
    },
  );

  app.get<{ Querystring: Query }>(
    '/events/count',
    {
      schema: {
        tags: ['events'],
        summary: 'How many events match the filters',
        querystring: eventQuerySchema({ page: false }),
        response: { 200: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } }, ...errors(400) },
      },
    },
    async (request) => ({ count: await store.countEvents(parseEventFilter(request.query)) }),
  );

  app.get<{ Params: { id: number } }>(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with every mention (sentence, document, record) it was merged from',
        params: idParams,
        response: {
          200: { allOf: [ref('Event'), { type: 'object', properties: { mentionList: { type: 'array', items: ref('Mention') } } }] },
          ...errors(400, 404),
        },
      },
    },
    async (request) => {
      const event = await store.getEvent(request.params.id);
      if (!event) throw notFound('event', request.params.id);
      return event;
    },
  );
}
