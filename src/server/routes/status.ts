/** GET /health (liveness and the store kind) and GET /stats (counts). */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';

/** Registers /health and /stats. */
export function statusRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['status'],
        summary: 'Liveness: answers when the server and its store respond',
        response: { 200: { type: 'object', properties: { status: { type: 'string' }, store: { type: 'string' } } } },
      },
    },
    async () => {
      // One indexed lookup: a store that cannot answer fails this (500), as a health check should,
      // without the full counts of /stats (a COUNT over a million events costs milliseconds).
      await store.hasDocument('');
      return { status: 'ok', store: store.kind };
    },
  );

  app.get(
    '/stats',
    {
      schema: {
        tags: ['status'],
        summary: 'How many documents (and failed ones), mentions and events the store holds',
        response: {
          200: { type: 'object', properties: { documents: { type: 'integer' }, failed: { type: 'integer' }, mentions: { type: 'integer' }, events: { type: 'integer' } } },
        },
      },
    },
    async () => store.stats(),
  );
}
