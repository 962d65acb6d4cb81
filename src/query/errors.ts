/** A query parameter (URL query string or CLI flag) with a value we cannot use. */
export class QueryError extends Error {
  /** the parameter at fault, as the caller spelled it ("from", "bbox") */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'QueryError';
    this.param = param;
  }
}
