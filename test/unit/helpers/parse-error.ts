import { ParseError } from '../../../src/domain/library/raw-item';

/** The ParseError `run` throws, so tests can check both its message and where it points. */
export function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError, nothing was thrown');
}
