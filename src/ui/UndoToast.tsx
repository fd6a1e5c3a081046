// The Undo toast of a page's deletions (undo-queue.ts): "Entry deleted · Undo" for ten seconds,
// then the deletion is sent. One queue per page (UndoProvider), so a deletion still waiting
// survives a change of view, and is sent when the page is hidden or closed.
//
// The toast is a status region that is always in the page (a live region announces what
// appears in it). Focus: when the deleted row took the focus with it, the focus goes to Undo;
// Undo gives it back to the row's own button (the element marked data-undo-focus with the
// row's key); when the toast empties with the focus in it, `onFocusLost` places it.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { errorText } from './labels';
import { createUndoQueue, flushOnLeave, UNDO_MS, type UndoQueue } from './undo-queue';

const UndoContext = createContext<UndoQueue | null>(null);

/** Re-renders on every change of the queue. */
function useQueue(queue: UndoQueue): UndoQueue {
  const [, setTick] = useState(0);
  useEffect(() => queue.subscribe(() => setTick((tick) => tick + 1)), [queue]);
  return queue;
}

const focusLost = () => {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
};

function focusMarked(key: string): boolean {
  const target = [...document.querySelectorAll<HTMLElement>('[data-undo-focus]')].find((element) => element.dataset.undoFocus === key);
  target?.focus();
  return target !== undefined;
}

export function UndoToast({ queue, onFocusLost }: { queue: UndoQueue; onFocusLost?: (() => void) | undefined }) {
  const state = useQueue(queue).state();
  const region = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Whether the focus was in the toast just before it changed (read before the new render).
  const hadFocus = useRef(false);
  useEffect(
    () =>
      queue.subscribe(() => {
        hadFocus.current = region.current?.contains(document.activeElement) ?? false;
      }),
    [queue],
  );

  // The key just undone: its row, drawn again in the same render, takes the focus back.
  const undone = useRef<string | null>(null);
  const waitingKey = state.kind === 'waiting' ? state.key : null;
  useEffect(() => {
    const restored = undone.current;
    undone.current = null;
    if (waitingKey !== null) {
      if (focusLost()) undoButton.current?.focus();
    } else if (hadFocus.current && focusLost()) {
      if (restored === null || !focusMarked(restored)) onFocusLost?.();
    }
    hadFocus.current = false;
  }, [waitingKey]);

  // A failure is said for as long as an Undo would have been offered.
  const failure = state.kind === 'failed' ? state : null;
  useEffect(() => {
    if (!failure) return;
    const timer = setTimeout(() => queue.dismiss(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [state.kind, failure?.error]);

  return (
    <div ref={region} class={`toast${state.kind === 'idle' ? ' empty' : ''}`} role="status" data-testid="undo-toast">
      {state.kind === 'waiting' && (
        <>
          <span>{state.message}</span>
          <span aria-hidden="true">·</span>
          <button
            ref={undoButton}
            type="button"
            class="quiet"
            onClick={() => {
              undone.current = state.key;
              queue.undo();
            }}
          >
            {t('undo')}
          </button>
        </>
      )}
      {state.kind === 'failed' && <span class="error">{t('undoFailed', errorText(state.error))}</span>}
    </div>
  );
}

/** The page's deletions with Undo, and their toast (under the children, fixed at the bottom). */
export function UndoProvider({ children, onFocusLost }: { children: ComponentChildren; onFocusLost?: (() => void) | undefined }) {
  const queue = useMemo(() => createUndoQueue(), []);
  useEffect(() => {
    const stop = flushOnLeave(queue);
    return () => {
      stop();
      // Unmounted (the page is being torn down): what waits is sent, not dropped.
      queue.flush();
    };
  }, [queue]);
  return (
    <UndoContext.Provider value={queue}>
      {children}
      <UndoToast queue={queue} onFocusLost={onFocusLost} />
    </UndoContext.Provider>
  );
}

export interface UndoList<T> {
  /** The list without what was deleted (waiting for its Undo time, or being sent). */
  visible: T[];
  /** Deletes the row of this id: hidden at once, `commit` sent after the Undo time. */
  remove: (id: string, message: string, commit: () => Promise<unknown>) => void;
  /** The value of data-undo-focus for the row's own control, so Undo can give it the focus back. */
  focusKey: (id: string) => string;
}

/**
 * A view's list with deletions that can be undone. `prefix` names the kind of row ("entry:");
 * `id` each row's id. Needs an UndoProvider above.
 */
export function useUndoList<T>(prefix: string, list: readonly T[], id: (item: T) => string): UndoList<T> {
  const context = useContext(UndoContext);
  if (!context) throw new Error('useUndoList needs an UndoProvider');
  const queue = useQueue(context);
  useEffect(() => queue.release(prefix, new Set(list.map((item) => prefix + id(item)))), [list]);
  return {
    visible: list.filter((item) => !queue.hides(prefix + id(item))),
    remove: (rowId, message, commit) => queue.defer({ key: prefix + rowId, message, commit }),
    focusKey: (rowId) => prefix + rowId,
  };
}
