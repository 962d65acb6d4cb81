/** Serves the web UI (dist/ui/, built by src/scripts/build-web.ts) at `/`, next to the API. */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the built UI lives: dist/ui/ of this package (the same from src/ under tsx and from dist/). */
export const UI_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

/** Registers the UI's files; without a build, `/` says how to make one instead of a bare 404. */
export function uiRoutes(app: FastifyInstance, dir = UI_DIR): void {
  if (!existsSync(`${dir}index.html`)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(503).type('text/plain').send('The web UI is not built: run "npm run build" (the API works without it; see /openapi.json).\n'),
    );
    return;
  }
  app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: 'index.html',
    // one route per file found now: the API's own routes stay the API's
    wildcard: false,
    maxAge: '1h',
    schemaHide: true,
  });
}
