/** GET /export?format=…&<filters>: every matching event in one of the export formats, streamed. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, isExportFormat } from '../../export/index.js';
import { parseEventFilter } from '../../query/index.js';
import type { Query, RouteContext } from '../context.js';
import { HttpError } from '../errors.js';
import { errors, eventQuerySchema } from '../schemas.js';

const format = { type: 'string', enum: EXPORT_FORMAT_NAMES, description: 'csv | jsonl | geojson | gdelt (GDELT 2.0 event table) | plover (PLOVER JSON lines) | acled (ACLED-like CSV)' };

/** Registers /export. */
export function exportRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: Query }>(
    '/export',
    {
      schema: {
        tags: ['events'],
        summary: 'Every event matching the filters, as a file download in the chosen format (streamed)',
        querystring: eventQuerySchema({ page: false, extra: { format }, required: ['format'] }),
        response: {
          200: {
            description: 'the file',
            content: Object.fromEntries(
              Object.values(EXPORT_FORMATS).map((f) => [f.contentType.split(';')[0], { schema: { type: 'string' } }]),
            ),
          },
          ...errors(400),
        },
      },
    },
    async (request, reply) => {
      const name = request.query.format ?? '';
      if (!isExportFormat(name)) throw new HttpError(400, 'bad_request', `"format" must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
      // Parsed before the first byte goes out: once streaming starts, the status can no longer change.
      const filter = parseEventFilter(request.query);
      const spec = EXPORT_FORMATS[name];
      reply.header('content-type', spec.contentType);
      reply.header('content-disposition', `attachment; filename="faultline-events.${spec.extension}"`);
      return reply.send(Readable.from(spec.exporter(store.streamEvents(filter))));
    },
  );
}
