/** Why an input cannot be cleaned. Callers branch on `code`; the message is for people. */
export type InputErrorCode = 'empty' | 'binary' | 'too-large' | 'encoding' | 'not-english' | 'no-text';

/** An input the pipeline refuses, with a machine-readable reason. */
export class InputError extends Error {
  readonly code: InputErrorCode;

  /** Creates an error for `code`; the message should say what to do about it. */
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}
