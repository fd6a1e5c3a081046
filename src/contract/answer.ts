// What the background answers on the wire: a value, or an error with its code.

/** storage-full: the browser refused a write for lack of room (QuotaExceededError); nothing was written. */
export const ERROR_CODES = ['unknown-request', 'unauthorised', 'malformed', 'failed', 'no-answer', 'storage-full'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Shape check of an answer received over the wire (the value itself is the background's word). */
export function isAnswer(raw: unknown): raw is Answer<unknown> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return false;
  if (raw.ok === true) return 'value' in raw;
  if (raw.ok !== false || !('error' in raw)) return false;
  const error = raw.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}
