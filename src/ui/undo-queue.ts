// Deletions with an Undo instead of "Are you sure?": what the user deletes disappears from the
// screen at once, and the request that deletes it goes out only when the Undo time is over (or
// when the page is hidden or closed: flush). Undo within that time sends nothing at all.
//
// One deletion waits at a time: a second one sends the first at once. The toast then offers one
// Undo, and it is never ambiguous which deletion it brings back.
//
// What was deleted stays hidden after its request succeeded, until the screen's list is seen
// without it (`release`): the list refetches after the background's announcement, and the row
// must not flash back in between. A failed request shows the row again, and says why.
//
// No DOM and no Preact here: timers only (vi.useFakeTimers in tests). UndoToast.tsx draws it.

export const UNDO_MS = 10_000;

export interface Deferred {
  /** What is hidden meanwhile: unique across the page, e.g. "entry:42", "item:abc". */
  key: string;
  /** What the toast says ("Entry deleted"). */
  message: string;
  /** The real request. */
  commit: () => Promise<unknown>;
}

export type UndoState = { kind: 'idle' } | { kind: 'waiting'; key: string; message: string } | { kind: 'failed'; error: unknown };

export interface UndoQueue {
  /** Hides `key` now and commits after the delay, unless undone; commits a deletion still waiting first. */
  defer(action: Deferred): void;
  /** Brings back the waiting deletion: nothing was sent. Answers its key, or null if none waited. */
  undo(): string | null;
  /** Sends the waiting deletion now (the page is going away, or the toast is dismissed). */
  flush(): void;
  /** Forgets a failure once it was shown long enough. */
  dismiss(): void;
  /** Whether a row is hidden: waiting, being sent, or deleted but still in the screen's last list. */
  hides(key: string): boolean;
  /** The list of keys starting with `prefix` was seen without these deleted ones: stop hiding them. */
  release(prefix: string, listed: ReadonlySet<string>): void;
  state(): UndoState;
  subscribe(listener: () => void): () => void;
}

export function createUndoQueue(delayMs = UNDO_MS): UndoQueue {
  let waiting: { action: Deferred; timer: ReturnType<typeof setTimeout> } | null = null;
  let failure: { error: unknown } | null = null;
  /** Sent (or being sent), still possibly in a list fetched before the deletion. */
  const sent = new Set<string>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };

  const send = (action: Deferred) => {
    sent.add(action.key);
    void Promise.resolve()
      .then(action.commit)
      .then(
        () => {},
        (error: unknown) => {
          // The row comes back (it was not deleted) and the toast says why.
          sent.delete(action.key);
          failure = { error };
          changed();
        },
      );
  };

  const flush = () => {
    if (!waiting) return;
    const { action, timer } = waiting;
    clearTimeout(timer);
    waiting = null;
    send(action);
    changed();
  };

  return {
    defer(action) {
      flush();
      failure = null;
      waiting = { action, timer: setTimeout(flush, delayMs) };
      changed();
    },
    undo() {
      if (!waiting) return null;
      clearTimeout(waiting.timer);
      const { key } = waiting.action;
      waiting = null;
      changed();
      return key;
    },
    flush,
    dismiss() {
      if (!failure) return;
      failure = null;
      changed();
    },
    hides: (key) => waiting?.action.key === key || sent.has(key),
    release(prefix, listed) {
      let any = false;
      for (const key of sent) {
        if (key.startsWith(prefix) && !listed.has(key)) {
          sent.delete(key);
          any = true;
        }
      }
      if (any) changed();
    },
    state() {
      if (waiting) return { kind: 'waiting', key: waiting.action.key, message: waiting.action.message };
      return failure ? { kind: 'failed', error: failure.error } : { kind: 'idle' };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Sends what waits when the page is hidden or closed: nothing is lost, nothing left half-done. */
export function flushOnLeave(queue: Pick<UndoQueue, 'flush'>, target: Window = window): () => void {
  const onPageHide = () => queue.flush();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') queue.flush();
  };
  target.addEventListener('pagehide', onPageHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onPageHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
