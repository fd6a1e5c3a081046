// @vitest-environment happy-dom
// Settings changed: an open LinkedIn tab applies quiet mode at once (buttons go, and come back),
// and only our background can make it ask again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, type Booted } from '../../src/content/boot';
import { composerShareButton } from '../../src/content/features/composer-share-button';
import { listenForSettingsChanges } from '../../src/content/settings-listener';
import { storesChanged } from '../../src/contract/changes';
import type { request as requestFn } from '../../src/contract/client';
import { closedHosts } from './helpers/closed-roots';
import { loadLinkedInFixture } from './helpers/fixture';

type Sender = { id?: string; tab?: unknown };
type Listener = (message: unknown, sender: Sender) => undefined;
const BACKGROUND = { id: 'nurture-id' };

let booted: Booted | undefined;
afterEach(() => booted?.stop());

function setUp() {
  const listeners: Listener[] = [];
  const onSettingsChanged = vi.fn();
  const stop = listenForSettingsChanges({
    onMessage: { addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) },
    selfId: 'nurture-id',
    onSettingsChanged,
  });
  const send = (message: unknown, sender: Sender = BACKGROUND) =>
    listeners.forEach((listener) => expect(listener(message, sender)).toBeUndefined());
  return { send, onSettingsChanged, stop, listeners };
}

describe('listenForSettingsChanges', () => {
  it('calls back when our background names the settings, and for nothing else', () => {
    const { send, onSettingsChanged } = setUp();
    send(storesChanged(['prospects', 'interactions']));
    send({ type: 'settings.update', payload: {} });
    send(storesChanged(['settings']), { id: 'nurture-id', tab: { id: 2 } });
    send(storesChanged(['settings']), { id: 'other-extension' });
    expect(onSettingsChanged).not.toHaveBeenCalled();
    send(storesChanged(['content', 'settings']));
    expect(onSettingsChanged).toHaveBeenCalledTimes(1);
  });

  it('stops listening when told', () => {
    const { stop, listeners } = setUp();
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('boot: the configuration asked again', () => {
  it('takes our buttons off the page in quiet mode, and puts them back, without a navigation', async () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const config = { quietMode: false, keepReplyText: false };
    const loadConfig = vi.fn(async () => ({ ...config }));
    const request = vi.fn(async () => ({ recorded: true })) as unknown as typeof requestFn;
    booted = boot({
      window,
      features: [composerShareButton],
      t: (key) => key,
      request,
      isExtensionAlive: () => true,
      loadConfig,
      batchDelay: 5,
    });
    await booted.ready;
    expect(closedHosts(doc)).toHaveLength(2);

    config.quietMode = true;
    await booted.reloadConfig();
    booted.flush();
    expect(closedHosts(doc)).toHaveLength(0);
    expect(request).toHaveBeenLastCalledWith('page.report', {
      page: 'messaging',
      features: { 'composer-share-button': 'quiet' },
      missing: [],
    });

    config.quietMode = false;
    await booted.reloadConfig();
    booted.flush();
    expect(closedHosts(doc)).toHaveLength(2);
    expect(loadConfig).toHaveBeenCalledTimes(3);
  });
});
