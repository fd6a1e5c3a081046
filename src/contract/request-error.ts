// A refused or failed request, with the router's code: its own module, so UI code can tell
// codes apart without loading the browser API wrapper (which only loads inside an extension).
import type { ErrorCode } from './answer';

export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** The background could not write for lack of room: the user can act on that, so pages say it. */
export const refusedForRoom = (error: unknown): boolean => error instanceof RequestError && error.code === 'storage-full';
