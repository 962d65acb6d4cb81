/** GET /documents, GET /documents/:id and DELETE /documents/:id. */
import type { FastifyInstance } from 'fastify';
import { parsePage } from '../../query/index.js';
import { requireToken } from '../auth.js';
import type { Query, RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import { errors, pageOf, paramSchema, ref } from '../schemas.js';
import { PAGE_PARAMS } from '../../query/index.js';
import { idParams } from './events.js';

const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500, description: 'full-text query over title and text' },
    status: { type: 'string', enum: ['ok', 'error'], description: 'ok: analyzed; error: could not be analyzed' },
    ...Object.fromEntries(PAGE_PARAMS.map((p) => [p.name, paramSchema(p)])),
  },
};

/** Registers the document routes. */
export function documentRoutes(app: FastifyInstance, { store, token }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Ingested documents, newest first (without their text: see /documents/{id})',
        querystring: listQuery,
        response: { 200: pageOf('DocumentSummary'), ...errors(400) },
      },
    },
    async (request) => {
      const { q, status } = request.query;
      const page = parsePage(request.query);
      return store.listDocuments({ ...page, q: q?.trim() || undefined, status: status as 'ok' | 'error' | undefined });
    },
  );

  app.get<{ Params: { id: number } }>(
    '/documents/:id',
    {
      schema: { tags: ['documents'], summary: 'One document with its cleaned text', params: idParams, response: { 200: ref('Document'), ...errors(400, 404) } },
    },
    async (request) => {
      const doc = await store.getDocument(request.params.id);
      if (!doc) throw notFound('document', request.params.id);
      return doc;
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/documents/:id',
    {
      onRequest: requireToken(token),
      schema: {
        tags: ['documents'],
        summary: 'Deletes a document and its mentions; events left without mentions disappear',
        security: [{ bearer: [] }],
        params: idParams,
        response: {
          200: { type: 'object', properties: { deleted: { type: 'boolean' }, id: { type: 'integer' } } },
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      if (!(await store.deleteDocument(request.params.id))) throw notFound('document', request.params.id);
      return { deleted: true, id: request.params.id };
    },
  );
}
