// A share refused because the person asked not to be contacted. Pure.
import { RequestError } from '../contract/request-error';

/** The background's words for that refusal (src/background): its code alone is a generic failure. */
const REFUSAL = 'Asked not to be contacted';

export const isDoNotContactRefusal = (error: unknown): boolean =>
  error instanceof RequestError && error.code === 'failed' && error.message.startsWith(REFUSAL);
