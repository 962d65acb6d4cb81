export { buildServer, type ServerOptions } from './server.js';
export { HttpError } from './errors.js';
