/** Test helper: the InputError code a call throws, or 'no error'. */
import { expect } from 'vitest';
import { InputError, type InputErrorCode } from '../errors.js';

/** Runs fn and returns the code of the InputError it throws ('no error' when it returns). */
export function codeOf(fn: () => unknown): InputErrorCode | 'no error' {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
  return 'no error';
}
