// @vitest-environment happy-dom
// The browser's picker command (the commands API, not a key the page hears) opens the picker of
// the composer whose editor has the focus, in the light DOM or in the interop outlet's shadow root.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, type Booted } from '../../src/content/boot';
import { composerShareButton, focusedElement } from '../../src/content/features/composer-share-button';
import { firePickerCommand, onPickerCommand } from '../../src/content/picker-command';
import type { request as requestFn } from '../../src/contract/client';
import { closedHosts, shadowOf } from './helpers/closed-roots';
import { loadLinkedInFixture } from './helpers/fixture';

let booted: Booted | undefined;
afterEach(() => {
  booted?.stop();
  booted = undefined;
});

describe('the picker command', () => {
  it('reaches each listener until its signal aborts', () => {
    const visit = new AbortController();
    const heard = vi.fn();
    onPickerCommand(heard, visit.signal);
    firePickerCommand();
    expect(heard).toHaveBeenCalledTimes(1);
    visit.abort();
    firePickerCommand();
    expect(heard).toHaveBeenCalledTimes(1);
    onPickerCommand(heard, visit.signal);
    firePickerCommand();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

async function start(file: string, url: string) {
  const doc = loadLinkedInFixture(file, url);
  const request = vi.fn(async (type: string) =>
    type === 'library.search' ? { hits: [], total: 0 } : { recorded: true },
  ) as unknown as typeof requestFn;
  booted = boot({
    window,
    features: [composerShareButton],
    t: (key) => key,
    request,
    isExtensionAlive: () => true,
    loadConfig: async () => ({ quietMode: false, keepReplyText: false }),
    batchDelay: 5,
  });
  await booted.ready;
  return doc;
}

const pickerIn = (host: Element) => shadowOf(host)?.querySelector('[role="dialog"]') ?? null;

describe('the composer share button and the picker command', () => {
  it('opens the picker of the focused editor only', async () => {
    const doc = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const hosts = closedHosts(doc);
    expect(hosts).toHaveLength(2);
    // Nothing focused in a composer: nothing opens.
    firePickerCommand();
    expect(hosts.map(pickerIn)).toEqual([null, null]);
    const editor = doc.querySelector<HTMLElement>('form.msg-form [contenteditable="true"]')!;
    editor.focus();
    firePickerCommand();
    await vi.waitFor(() => expect(pickerIn(closedHosts(doc.querySelector('form.msg-form')!)[0]!)).not.toBeNull());
    expect(hosts.filter((host) => pickerIn(host) !== null)).toHaveLength(1);
  });

  it('leaves the old key to the page: no listener of ours takes Alt+Shift+S', async () => {
    const doc = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const editor = doc.querySelector<HTMLElement>('form.msg-form [contenteditable="true"]')!;
    editor.focus();
    const key = new KeyboardEvent('keydown', {
      key: 'S',
      code: 'KeyS',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    editor.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    expect(closedHosts(doc).map(pickerIn)).toEqual([null, null]);
  });

  it("finds an editor in the interop outlet's open shadow root", async () => {
    const doc = await start('feed-classic-composer.html', 'https://www.linkedin.com/feed/');
    const outlet = doc.getElementById('interop-outlet')!;
    const editor = outlet.shadowRoot!.querySelector<HTMLElement>('[contenteditable="true"]')!;
    editor.focus();
    expect(focusedElement(doc)).toBe(editor);
    firePickerCommand();
    await vi.waitFor(() => expect(closedHosts(doc).map(pickerIn).filter(Boolean)).toHaveLength(1));
  });
});
