/** Bearer-token check for the routes that change the store. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** An onRequest hook refusing writes without the right token; with no token configured every write is refused. */
export function requireToken(token: string | null | undefined) {
  // Hashing both sides gives equal lengths, so the comparison takes the same time whatever was sent.
  const expected = token ? digest(token) : null;
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!expected) throw new HttpError(403, 'forbidden', 'writes are disabled on this server: set FAULTLINE_TOKEN to a secret and send it as "Authorization: Bearer <token>"');
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', match ? 'wrong token' : 'this route needs "Authorization: Bearer <token>"');
    }
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
