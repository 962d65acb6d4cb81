/** Every error leaves as JSON `{error, message}`: 400 for bad input, 404 for unknown ids, never a 500 for user input. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { QueryError } from '../query/index.js';

/** An error with an HTTP status and a kind, thrown by route handlers. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 404 for an id that names nothing. */
export const notFound = (what: string, id: number | string) => new HttpError(404, 'not_found', `no ${what} with id ${id}`);

const KINDS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** Installs the JSON error and not-found handlers. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | QueryError, request, reply) => {
    if (error instanceof QueryError) return reply.code(400).send({ error: 'bad_request', message: error.message });
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: error.kind, message: error.message });
    const e = error as FastifyError;
    // The store's cursor decoder throws a plain Error; a mangled cursor is still the client's input.
    if (!e.statusCode && /^bad cursor\b/.test(e.message)) return reply.code(400).send({ error: 'bad_request', message: `"cursor" is not one this server issued: ${e.message}` });
    if (e.validation) {
      return reply.code(400).send({ error: 'bad_request', message: validationMessage(e) });
    }
    const status = e.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: KINDS[status] ?? 'client_error', message: e.message });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'internal error (logged on the server)' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}

// Ajv says "querystring/from must match pattern …"; name the parameter plainly instead.
function validationMessage(e: FastifyError): string {
  const first = e.validation?.[0];
  if (!first) return e.message;
  const where = e.validationContext ?? 'request';
  const params = first.params as Record<string, unknown>;
  if (first.keyword === 'additionalProperties') return `unknown ${where} parameter "${String(params.additionalProperty)}"`;
  if (first.keyword === 'required') return `missing ${where} parameter "${String(params.missingProperty)}"`;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return `${path ? `"${path}"` : where} ${first.message ?? 'is invalid'}`;
}
