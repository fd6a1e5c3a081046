// @vitest-environment happy-dom
// Deletions with an Undo (src/ui/undo-queue.ts), on fake timers: nothing is sent before the
// ten seconds are over, Undo sends nothing at all, a page hidden or closed sends what waits,
// and what was deleted stays hidden until the list is seen without it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUndoQueue, flushOnLeave, UNDO_MS } from '../../src/ui/undo-queue';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const deletion = (key: string) => {
  const commit = vi.fn(async () => {});
  return { action: { key, message: `${key} deleted`, commit }, commit };
};

describe('the undo queue', () => {
  it('hides at once, and sends the deletion only when the ten seconds are over', async () => {
    const queue = createUndoQueue();
    const { action, commit } = deletion('entry:1');
    queue.defer(action);
    expect(queue.hides('entry:1')).toBe(true);
    expect(queue.hides('entry:2')).toBe(false);
    expect(queue.state()).toEqual({ kind: 'waiting', key: 'entry:1', message: 'entry:1 deleted' });
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(commit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(queue.state()).toEqual({ kind: 'idle' });
    // Sent, but still hidden: the list on screen was fetched before the deletion.
    expect(queue.hides('entry:1')).toBe(true);
  });

  it('Undo brings the row back and sends nothing, ever', async () => {
    const queue = createUndoQueue();
    const { action, commit } = deletion('entry:1');
    queue.defer(action);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(queue.undo()).toBe('entry:1');
    expect(queue.hides('entry:1')).toBe(false);
    expect(queue.state()).toEqual({ kind: 'idle' });
    await vi.advanceTimersByTimeAsync(UNDO_MS * 3);
    queue.flush();
    expect(commit).not.toHaveBeenCalled();
    expect(queue.undo()).toBeNull();
  });

  it('a second deletion sends the first at once: one Undo, for the last one', async () => {
    const queue = createUndoQueue();
    const first = deletion('entry:1');
    const second = deletion('entry:2');
    queue.defer(first.action);
    queue.defer(second.action);
    await vi.advanceTimersByTimeAsync(0);
    expect(first.commit).toHaveBeenCalledTimes(1);
    expect(second.commit).not.toHaveBeenCalled();
    expect(queue.hides('entry:1')).toBe(true);
    expect(queue.undo()).toBe('entry:2');
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(second.commit).not.toHaveBeenCalled();
  });

  it('stops hiding a sent deletion once the list is seen without it', async () => {
    const queue = createUndoQueue();
    queue.defer(deletion('entry:1').action);
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    // The list still has it (fetched before): still hidden; other kinds of rows are not concerned.
    queue.release('entry:', new Set(['entry:1', 'entry:2']));
    queue.release('item:', new Set());
    expect(queue.hides('entry:1')).toBe(true);
    queue.release('entry:', new Set(['entry:2']));
    expect(queue.hides('entry:1')).toBe(false);
  });

  it('a failed deletion shows the row again and says why, until dismissed', async () => {
    const queue = createUndoQueue();
    const failure = new Error('no room');
    queue.defer({ key: 'item:a', message: 'Item deleted', commit: () => Promise.reject(failure) });
    const changes = vi.fn();
    queue.subscribe(changes);
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(queue.hides('item:a')).toBe(false);
    expect(queue.state()).toEqual({ kind: 'failed', error: failure });
    expect(changes).toHaveBeenCalled();
    queue.dismiss();
    expect(queue.state()).toEqual({ kind: 'idle' });
  });

  it('tells its subscribers of every change, until they leave', () => {
    const queue = createUndoQueue();
    const listener = vi.fn();
    const leave = queue.subscribe(listener);
    queue.defer(deletion('entry:1').action);
    queue.undo();
    expect(listener).toHaveBeenCalledTimes(2);
    leave();
    queue.defer(deletion('entry:2').action);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('leaving the page', () => {
  it('pagehide sends what waits: nothing is lost with the page', async () => {
    const queue = createUndoQueue();
    const stop = flushOnLeave(queue);
    const { action, commit } = deletion('entry:1');
    queue.defer(action);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a hidden page (another tab, the window minimised) sends what waits; a visible one does not', async () => {
    const queue = createUndoQueue();
    const stop = flushOnLeave(queue);
    const { action, commit } = deletion('entry:1');
    queue.defer(action);
    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).not.toHaveBeenCalled();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).toHaveBeenCalledTimes(1);
    visibility.mockRestore();
    stop();
    // Stopped: no listener is left behind.
    const later = deletion('entry:2');
    queue.defer(later.action);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(later.commit).not.toHaveBeenCalled();
  });
});
