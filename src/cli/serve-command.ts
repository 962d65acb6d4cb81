/** `faultline serve`: the HTTP API on a store until interrupted. */
import { buildServer } from '../server/index.js';
import { openStore } from '../store/open.js';
import { parseCommandArgs, type CliCommand } from './command.js';

const USAGE = `Usage: faultline serve [--host H] [--port N] [--db PATH|URL]   serve the HTTP API

Options:
  --host H              address to listen on (default 127.0.0.1: this machine only)
  --port N              port (default 8080)
  --db PATH|URL         a SQLite file or a postgres:// URL (else FAULTLINE_DB, else ./faultline.db)
  -h, --help            this help

Reads are open. Writes (POST /ingest, DELETE /documents/:id) need "Authorization: Bearer
$FAULTLINE_TOKEN"; with FAULTLINE_TOKEN unset, every write is refused. The OpenAPI document
is at /openapi.json.`;

/** The serve command. */
export const serve: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      db: { type: 'string' },
    }, { positionals: false });
    if (typeof args === 'number') return args;
    const { values } = args;
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write('faultline: --port must be a whole number 0–65535\n');
      return 2;
    }
    const token = process.env.FAULTLINE_TOKEN || null;
    const store = await openStore(values.db as string | undefined);
    const app = buildServer({ store, token, logger: { level: 'info' } });
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        app.close().then(() => store.close()).then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    try {
      await app.listen({ host: values.host as string, port });
    } catch (e) {
      await store.close();
      process.stderr.write(`faultline: cannot listen on ${values.host}:${port}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`faultline: writes ${token ? 'need the bearer token in FAULTLINE_TOKEN' : 'are disabled (set FAULTLINE_TOKEN to enable them)'}; API described at /openapi.json\n`);
    await stopped;
    return 0;
  },
};
