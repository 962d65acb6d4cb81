/**
 * GET /control: who holds a place on a date (place= or geonameId=), or which places an actor
 * holds on a date (actor=). The timelines are built by src/control from the store's claims.
 */
import type { FastifyInstance } from 'fastify';
import { claimsAboutPlace, holderAt, holdingsOf, holdingsOn } from '../../control/index.js';
import { parseDate } from '../../query/index.js';
import type { Query, RouteContext } from '../context.js';
import { HttpError } from '../errors.js';
import { errors, ref } from '../schemas.js';

const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    place: { type: 'string', maxLength: 200, description: 'place name' },
    geonameId: { type: 'string', pattern: '^\\d+$', description: 'GeoNames id of the place' },
    actor: { type: 'string', pattern: '^[A-Za-z0-9-]{1,30}$', description: 'actor code or prefix (IMGMUSISI, IRQ)' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (default: today, UTC)' },
  },
};

const response = {
  200: {
    type: 'object',
    properties: {
      date: { type: 'string' },
      place: { type: 'string', nullable: true },
      geonameId: { type: 'integer', nullable: true },
      actor: { type: 'string', nullable: true },
      holder: { anyOf: [ref('Holding'), { type: 'null' }], description: 'for place queries: the holding covering the date, or null' },
      holdings: { type: 'array', items: ref('Holding'), description: 'for actor queries: the places the actor holds on the date' },
    },
  },
  ...errors(400),
};

const mapResponse = {
  200: {
    type: 'object',
    properties: {
      date: { type: 'string' },
      first: { type: 'string', nullable: true, description: 'date of the oldest control claim' },
      last: { type: 'string', nullable: true, description: 'date of the newest control claim' },
      holdings: { type: 'array', items: ref('Holding'), description: 'every place with a holding on the date (actor null: lost, holder unknown)' },
    },
  },
  ...errors(400),
};

/** Registers /control and /control/map. */
export function controlRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/control',
    { schema: { tags: ['control'], summary: 'Territorial control on a date: the holder of a place, or the holdings of an actor', querystring, response } },
    async (request) => {
      const { place, geonameId, actor } = request.query;
      const given = [place, geonameId, actor].filter((v) => v !== undefined && v.trim() !== '');
      if (given.length !== 1) throw new HttpError(400, 'bad_request', 'give exactly one of "place", "geonameId" or "actor"');
      const date = request.query.date ? parseDate('date', request.query.date) : new Date().toISOString().slice(0, 10);
      if (actor !== undefined && actor.trim() !== '') {
        const code = actor.trim().toUpperCase();
        // Every claim up to the date, not only this actor's: a place it took may since have been taken by another.
        const claims = await store.controlClaims({ until: date });
        return { date, place: null, geonameId: null, actor: code, holder: null, holdings: holdingsOf(claims, code, date) };
      }
      const id = geonameId !== undefined ? Number(geonameId) : undefined;
      // a typed name finds the place by its stored name, its folded name or the gazetteer's other names
      const claims = id !== undefined ? await store.controlClaims({ geonameId: id, until: date }) : await claimsAboutPlace(store, place!.trim(), date);
      return { date, place: place?.trim() ?? null, geonameId: id ?? null, actor: null, holder: holderAt(claims, date), holdings: [] };
    },
  );

  app.get<{ Querystring: Query }>(
    '/control/map',
    {
      schema: {
        tags: ['control'],
        summary: 'Territorial control on a date, every place at once: who is reported to hold what (for the control map and its slider)',
        querystring: { type: 'object', additionalProperties: false, properties: { date: querystring.properties.date } },
        response: mapResponse,
      },
    },
    async (request) => {
      const date = request.query.date ? parseDate('date', request.query.date) : new Date().toISOString().slice(0, 10);
      const claims = await store.controlClaims({});
      return { date, first: claims[0]?.date ?? null, last: claims.at(-1)?.date ?? null, holdings: holdingsOn(claims, date) };
    },
  );
}
