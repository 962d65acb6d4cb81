/** `faultline serve`: the web UI and the HTTP API on a store until interrupted, in one or several processes. */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { buildServer } from '../server/index.js';
import { openStore } from '../store/open.js';
import { parseCommandArgs, type CliCommand } from './command.js';
import { listen, parsePort, untilSignal, urlOf } from './serving.js';

const USAGE = `Usage: faultline serve [--host H] [--port N] [--db PATH|URL]   serve the web UI and the HTTP API

Options:
  --host H              address to listen on (default 127.0.0.1: this machine only)
  --port N              port (default 8080)
  --db PATH|URL         a SQLite file or a postgres:// URL (else FAULTLINE_DB, else ./faultline.db)
  --log-level L         request log on stdout: info (every request), warn, error or silent
  --workers N           serve from N processes sharing the port (default 1; "auto": one per core).
                        Reads scale with cores; SQLite writes from several processes take turns.
  -h, --help            this help

Reads are open. Writes (POST /ingest, DELETE /documents/:id) need "Authorization: Bearer
$FAULTLINE_TOKEN"; with FAULTLINE_TOKEN unset, every write is refused. The OpenAPI document
is at /openapi.json; the web UI at /.`;

/** The serve command. */
export const serve: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      db: { type: 'string' },
      workers: { type: 'string', default: '1' },
      'log-level': { type: 'string', default: 'info' },
    }, { positionals: false });
    if (typeof args === 'number') return args;
    const { values } = args;
    const port = parsePort(values.port);
    if (port === null) return 2;
    if (!['info', 'warn', 'error', 'silent', 'debug'].includes(values['log-level'] as string)) {
      process.stderr.write('faultline: --log-level must be info, warn, error, silent or debug\n');
      return 2;
    }
    const workers = values.workers === 'auto' ? availableParallelism() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
      process.stderr.write('faultline: --workers must be a whole number 1–64 or "auto"\n');
      return 2;
    }
    if (workers > 1 && cluster.isPrimary) {
      if (port === 0) {
        process.stderr.write('faultline: --workers needs a fixed --port (the processes share it)\n');
        return 2;
      }
      return runPrimary(workers, values.host as string, port);
    }
    // a serving process stays alive while its channel to the primary is open: close it on the way out
    const finish = (code: number) => (cluster.isWorker && cluster.worker?.disconnect(), code);
    const token = process.env.FAULTLINE_TOKEN || null;
    const store = await openStore(values.db as string | undefined).catch((e: Error) => e);
    if (store instanceof Error) {
      process.stderr.write(`faultline: ${store.message}\n`);
      return finish(1);
    }
    const level = values['log-level'] as string;
    const app = buildServer({ store, token, logger: level === 'silent' ? false : { level } });
    const address = await listen(app, values.host as string, port);
    if (address instanceof Error) {
      await store.close();
      process.stderr.write(`faultline: ${address.message}\n`);
      return finish(1);
    }
    const stopped = untilSignal(() => app.close().then(() => store.close()));
    // with several processes, the primary speaks for all once the first one listens
    if (cluster.isPrimary) greet(address, token);
    await stopped;
    return finish(0);
  },
};

/** The lines that say where the UI is and whether writes are open. */
function greet(address: string, token: string | null): void {
  process.stderr.write(`faultline: the web UI is at ${address}\n`);
  process.stderr.write(`faultline: writes ${token ? 'need the bearer token in FAULTLINE_TOKEN' : 'are disabled (set FAULTLINE_TOKEN to enable them)'}; API described at /openapi.json\n`);
}

/** The primary of `--workers N`: forks the serving processes, replaces one that dies once serving, stops them all on a signal. */
function runPrimary(workers: number, host: string, port: number): Promise<number> {
  let stopping = false;
  let serving = false;
  return new Promise((resolve) => {
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      const done = () => (Object.keys(cluster.workers ?? {}).length === 0 ? resolve(code) : setTimeout(done, 50));
      done();
    };
    cluster.on('listening', () => {
      if (!serving) greet(`${urlOf(host, port)} (${workers} processes)`, process.env.FAULTLINE_TOKEN || null);
      serving = true;
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      // one that could not start (bad store, busy port) would fail again and again: stop instead
      if (!serving) return stop(1);
      process.stderr.write(`faultline: serving process ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
      cluster.fork();
    });
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    for (let i = 0; i < workers; i++) cluster.fork();
  });
}
