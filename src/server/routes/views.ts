/**
 * GET /timeline, /clusters and /links: the aggregates the web UI draws (events per day, events
 * per map cell, actor → actor links), under the same filters as GET /events.
 */
import type { FastifyInstance } from 'fastify';
import { parseEventFilter, parseWholeNumber } from '../../query/index.js';
import type { Query, RouteContext } from '../context.js';
import { errors, eventQuerySchema } from '../schemas.js';

const quad = { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4, description: 'events per QuadClass 1–4' };

const DayCountSchema = { type: 'object', properties: { date: { type: 'string' }, events: { type: 'integer' }, quad } };
const ClusterSchema = {
  type: 'object',
  properties: {
    lat: { type: 'number' },
    lon: { type: 'number' },
    events: { type: 'integer' },
    mentions: { type: 'integer' },
    quad,
    eventId: { type: 'integer', nullable: true, description: 'the event, when the cluster holds one' },
    place: { type: 'string', nullable: true, description: 'the place, when every event of the cluster is at one place' },
  },
};
const LinkSchema = {
  type: 'object',
  properties: { source: { type: 'string' }, sourceName: { type: 'string' }, target: { type: 'string' }, targetName: { type: 'string' }, events: { type: 'integer' }, quad },
};

const zoomParam = { type: 'string', pattern: '^\\d{1,2}$', description: 'map zoom level 0–20: cells are 1/4 of a 256-pixel tile, 360/2^zoom/4 degrees' };
const limitParam = (max: number, def: number) => ({ type: 'string', pattern: '^\\d+$', description: `at most this many, 1–${max} (default ${def})` });

/** Cell size in degrees for a zoom level: a quarter of a web-map tile, about 64 pixels. */
export function cellForZoom(zoom: number): number {
  return 360 / 2 ** zoom / 4;
}

/** Registers /timeline, /clusters and /links. */
export function viewRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/timeline',
    {
      schema: {
        tags: ['views'],
        summary: 'Matching events per event date, oldest first, split by QuadClass',
        querystring: eventQuerySchema({ page: false }),
        response: { 200: { type: 'object', properties: { total: { type: 'integer' }, days: { type: 'array', items: DayCountSchema } } }, ...errors(400) },
      },
    },
    async (request) => {
      const days = await store.dayCounts(parseEventFilter(request.query));
      return { total: days.reduce((n, d) => n + d.events, 0), days };
    },
  );

  app.get<{ Querystring: Query }>(
    '/clusters',
    {
      schema: {
        tags: ['views'],
        summary: 'Matching events with a point, clustered on a grid for a map zoom level (pass the view as bbox)',
        querystring: eventQuerySchema({ page: false, extra: { zoom: zoomParam, limit: limitParam(10000, 2000) } }),
        response: { 200: { type: 'object', properties: { zoom: { type: 'integer' }, cell: { type: 'number' }, clusters: { type: 'array', items: ClusterSchema } } }, ...errors(400) },
      },
    },
    async (request) => {
      const { zoom: zoomText, limit: limitText, ...rest } = request.query;
      const zoom = parseWholeNumber('zoom', zoomText, 0, 20, 2);
      const limit = parseWholeNumber('limit', limitText, 1, 10000, 2000);
      const cell = cellForZoom(zoom);
      return { zoom, cell, clusters: await store.clusters(parseEventFilter(rest), cell, limit) };
    },
  );

  app.get<{ Querystring: Query }>(
    '/links',
    {
      schema: {
        tags: ['views'],
        summary: 'Who acts on whom: source → target actor pairs of the matching events, most frequent first',
        querystring: eventQuerySchema({ page: false, extra: { limit: limitParam(1000, 100) } }),
        response: { 200: { type: 'object', properties: { links: { type: 'array', items: LinkSchema } } }, ...errors(400) },
      },
    },
    async (request) => {
      const { limit: limitText, ...rest } = request.query;
      return { links: await store.actorLinks(parseEventFilter(rest), parseWholeNumber('limit', limitText, 1, 1000, 100)) };
    },
  );
}
