// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, type Booted } from '../../src/content/boot';
import { composerShareButton } from '../../src/content/features/composer-share-button';
import type { request as requestFn } from '../../src/contract/client';
import { closedHosts, shadowOf } from './helpers/closed-roots';
import { loadLinkedInFixture } from './helpers/fixture';
import { replyBox } from './helpers/reply-box';

const t = (key: string) => key;
const hosts = (doc: Document) => closedHosts(doc);
const hostsIn = (doc: Document, selector: string) => closedHosts(doc.querySelector(selector)!);

let booted: Booted | undefined;
afterEach(() => booted?.stop());

async function start(file: string, url: string, alive = () => true, quietMode = false) {
  const doc = loadLinkedInFixture(file, url);
  const request = vi.fn(async () => ({ recorded: true })) as unknown as typeof requestFn & ReturnType<typeof vi.fn>;
  booted = boot({
    window,
    features: [composerShareButton],
    t,
    request,
    isExtensionAlive: alive,
    loadConfig: async () => ({ quietMode, keepReplyText: false }),
    batchDelay: 5,
  });
  await booted.ready;
  return { doc, request };
}

describe('content script boot', () => {
  it('mounts one button, in a shadow root, per composer, and reports its health', async () => {
    const { doc, request } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    expect(booted!.page).toBe('messaging');
    const mounted = hosts(doc);
    expect(mounted).toHaveLength(2);
    for (const host of mounted) {
      expect(shadowOf(host)?.querySelector('button.share')?.textContent).toContain('shareButton');
    }
    expect(request).toHaveBeenCalledWith('page.report', {
      page: 'messaging',
      features: { 'composer-share-button': 'mounted' },
      missing: [],
    });
  });

  it('is idempotent: scanning again adds nothing', async () => {
    const { doc } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    booted!.flush();
    booted!.flush();
    expect(hosts(doc)).toHaveLength(2);
  });

  it('mounts nothing it cannot anchor, and says so', async () => {
    const { doc, request } = await start('feed.html', 'https://www.linkedin.com/feed/');
    expect(hosts(doc)).toHaveLength(0);
    expect(request).toHaveBeenCalledWith('page.report', { page: 'feed', features: { 'composer-share-button': 'no-anchor' }, missing: [] });
  });

  it('mounts on a composer that appears later, after a batch of DOM changes', async () => {
    const { doc } = await start('feed.html', 'https://www.linkedin.com/feed/');
    doc.body.append(replyBox(doc));
    await vi.waitFor(() => expect(hosts(doc)).toHaveLength(1));
  });

  it('puts the button back when LinkedIn drops it from a composer', async () => {
    const { doc } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    hostsIn(doc, 'form.msg-form')[0]!.remove();
    booted!.flush();
    expect(hostsIn(doc, 'form.msg-form')).toHaveLength(1);
    expect(hosts(doc)).toHaveLength(2);
  });

  it('mounts on the new composer when LinkedIn replaces the old one', async () => {
    const { doc } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const old = doc.querySelector('form.msg-form')!;
    // LinkedIn's fresh copy of its form, without our host (a clone would keep an empty one).
    closedHosts(old)[0]!.remove();
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    booted!.flush();
    expect(closedHosts(fresh)).toHaveLength(1);
    expect(hosts(doc).filter((h) => shadowOf(h)?.querySelector('button.share'))).toHaveLength(2);
  });

  it('follows client-side navigation and re-reports the page', async () => {
    const { request } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    history.pushState({}, '', '/in/ada-sample-42/');
    booted!.flush();
    expect(booted!.page).toBe('profile');
    expect(request).toHaveBeenLastCalledWith('page.report', {
      page: 'profile',
      features: { 'composer-share-button': 'mounted' },
      missing: [],
    });
  });

  it('reports a messaging page whose reply box it cannot find as such, never as active', async () => {
    const { doc, request } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    for (const root of [doc, doc.querySelector('#interop-outlet')!.shadowRoot!])
      root.querySelectorAll('[class~="msg-form"]').forEach((form) => form.remove());
    history.pushState({}, '', '/messaging/thread/3-bruno/');
    booted!.flush();
    expect(request).toHaveBeenLastCalledWith('page.report', {
      page: 'messaging',
      features: { 'composer-share-button': 'no-anchor' },
      missing: ['message-composer'],
    });
  });

  it('adds nothing at all in quiet mode, and says so', async () => {
    const { doc, request } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/', () => true, true);
    const before = doc.documentElement.outerHTML;
    booted!.flush();
    expect(hosts(doc)).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(request).toHaveBeenCalledWith('page.report', { page: 'messaging', features: { 'composer-share-button': 'quiet' }, missing: [] });
  });

  it('adds nothing when the background cannot say whether quiet mode is on', async () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const request = vi.fn(async () => ({ recorded: true })) as unknown as typeof requestFn;
    booted = boot({
      window,
      features: [composerShareButton],
      t,
      request,
      isExtensionAlive: () => true,
      loadConfig: () => Promise.reject(new Error('no answer')),
      batchDelay: 5,
    });
    await booted.ready;
    booted.flush();
    expect(hosts(doc)).toHaveLength(0);
  });

  it('removes everything it added and stops when the extension goes away', async () => {
    let alive = true;
    const { doc } = await start('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/', () => alive);
    expect(hosts(doc)).toHaveLength(2);
    alive = false;
    booted!.flush();
    expect(hosts(doc)).toHaveLength(0);
    doc.body.append(doc.createElement('div'));
    booted!.flush();
    expect(hosts(doc)).toHaveLength(0);
  });
});

describe('content script boot: scans wait for the page to calm down', () => {
  afterEach(() => vi.useRealTimers());

  it('gathers a burst of changes into one scan, and never waits past the longest delay', async () => {
    loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/');
    let scans = 0;
    const counter = {
      name: 'counter',
      pages: ['feed'] as const,
      addsToPage: false,
      start: () => ({ scan: () => (scans++, 'no-anchor' as const) }),
    };
    const request = vi.fn(async () => ({})) as unknown as typeof requestFn;
    booted = boot({
      window,
      features: [counter],
      t,
      request,
      isExtensionAlive: () => true,
      loadConfig: async () => ({ quietMode: false, keepReplyText: false }),
      batchDelay: 100,
      maxDelay: 400,
    });
    await booted.ready;
    expect(scans).toBe(1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const list = document.body;
    // A change every 50 ms for a second: calm never comes, the longest delay decides.
    for (let i = 0; i < 20; i++) {
      list.append(document.createElement('div'));
      await Promise.resolve(); // the MutationObserver callback
      await vi.advanceTimersByTimeAsync(50);
    }
    const during = scans - 1;
    expect(during).toBeGreaterThanOrEqual(2);
    expect(during).toBeLessThanOrEqual(3);
    // Then calm: one last scan after the batch delay, and no more.
    await vi.advanceTimersByTimeAsync(1000);
    expect(scans - 1).toBe(during + 1);
  });

  it("scans one batch delay after a lone change, and within two batch delays of a burst's last change", async () => {
    loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/');
    let scans = 0;
    const counter = {
      name: 'counter',
      pages: ['feed'] as const,
      addsToPage: false,
      start: () => ({ scan: () => (scans++, 'no-anchor' as const) }),
    };
    const request = vi.fn(async () => ({})) as unknown as typeof requestFn;
    booted = boot({
      window,
      features: [counter],
      t,
      request,
      isExtensionAlive: () => true,
      loadConfig: async () => ({ quietMode: false, keepReplyText: false }),
      batchDelay: 100,
      maxDelay: 1000,
    });
    await booted.ready;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const change = async () => {
      document.body.append(document.createElement('div'));
      await Promise.resolve(); // the MutationObserver callback
    };
    await change();
    await vi.advanceTimersByTimeAsync(99);
    expect(scans).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(scans).toBe(2);
    // A burst: changes at 0, 30, 60 and 90 ms; the last one still waits for calm.
    for (let i = 0; i < 4; i++) {
      await change();
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(scans).toBe(2);
    await vi.advanceTimersByTimeAsync(90 + 200 - 120);
    expect(scans).toBe(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(scans).toBe(3);
  });
});
