/**
 * The HTTP API: fastify with a JSON schema on every route, the OpenAPI document generated from
 * those schemas at /openapi.json, JSON errors, and bearer-token writes.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/types.js';
import type { RouteContext } from './context.js';
import { installErrorHandlers } from './errors.js';
import { controlRoutes } from './routes/control.js';
import { directoryRoutes } from './routes/directory.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes } from './routes/ingest.js';
import { statusRoutes } from './routes/status.js';
import { viewRoutes } from './routes/views.js';
import { SHARED_SCHEMAS } from './schemas.js';
import { uiRoutes } from './ui.js';

/** Options of `buildServer`. */
export interface ServerOptions {
  store: Store;
  /** the bearer token writes need; null or empty: every write is refused (403) */
  token?: string | null;
  /** fastify's logger option (off by default, so tests stay quiet) */
  logger?: FastifyServerOptions['logger'];
  /** largest request body in bytes (default 10 MiB) */
  bodyLimit?: number;
  /** serve the web UI at / (default true) */
  ui?: boolean;
}

/** Builds the API on a store; the caller listens (or injects, in tests) and closes. */
export function buildServer({ store, token = null, logger = false, bodyLimit = 10 * 1024 * 1024, ui = true }: ServerOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit,
    // Unknown query parameters are refused (400), not silently dropped: a typo must not widen a filter.
    ajv: { customOptions: { removeAdditional: false } },
  });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'faultline', description: 'Coded, sourced, dated political-conflict events.', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the FAULTLINE_TOKEN of the server' } } },
    },
    // Shared schemas keep their names ("Event") in components.schemas instead of def-0, def-1.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  installErrorHandlers(app);
  const context: RouteContext = { store, token: token || null };
  app.register(async (api) => {
    statusRoutes(api, context);
    eventRoutes(api, context);
    exportRoutes(api, context);
    documentRoutes(api, context);
    ingestRoutes(api, context);
    directoryRoutes(api, context);
    controlRoutes(api, context);
    viewRoutes(api, context);
    api.get(
      '/openapi.json',
      { schema: { tags: ['status'], summary: 'This API as an OpenAPI 3 document', response: { 200: { type: 'object', additionalProperties: true } } } },
      async () => app.swagger(),
    );
  });
  if (ui) uiRoutes(app);
  return app;
}
