import type { Store } from '../store/types.js';

/** What route modules need: the store and the write token (null: writes refused). */
export interface RouteContext {
  store: Store;
  token: string | null;
}

/** Query strings as fastify hands them to handlers. */
export type Query = Record<string, string | undefined>;
