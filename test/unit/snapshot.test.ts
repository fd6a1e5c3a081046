// @vitest-environment happy-dom
// One read of the page per scan: every feature gets the same snapshot, and after the first scan
// only what was added (or switched on, or still incomplete) is looked at again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, type Booted } from '../../src/content/boot';
import { composerShareButton } from '../../src/content/features/composer-share-button';
import type { Feature } from '../../src/content/features/feature';
import { replyTracker } from '../../src/content/features/reply-tracker';
import { sentConfirmation } from '../../src/content/features/sent-confirmation';
import { findAllComposers } from '../../src/content/linkedin/composers';
import { EDITABLE } from '../../src/content/linkedin/dom';
import { WATCH, pageReader, type PageSnapshot } from '../../src/content/linkedin/snapshot';
import type { request as requestFn } from '../../src/contract/client';
import { loadLinkedInFixture } from './helpers/fixture';
import { replyBox, sendButton } from './helpers/reply-box';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';

/** How many times `root` was asked for every editable it holds. */
function countEditableQueries(root: ParentNode) {
  const spy = vi.spyOn(root, 'querySelectorAll');
  return () => spy.mock.calls.filter(([selector]) => selector === EDITABLE).length;
}

/** A reader with its own observer, as boot wires them. */
function watched(doc: Document) {
  const observer = new MutationObserver(() => {});
  const reader = pageReader(doc, (root) => observer.observe(root, WATCH));
  observer.observe(doc.documentElement, WATCH);
  return { read: () => reader.read(observer.takeRecords()), stop: () => observer.disconnect() };
}

let booted: Booted | undefined;
let stopWatching: (() => void) | undefined;
afterEach(() => {
  booted?.stop();
  stopWatching?.();
  vi.restoreAllMocks();
});

describe('page snapshot: one read per scan, for every feature', () => {
  it('hands every feature the same composers, read once from the page', async () => {
    const doc = loadLinkedInFixture('messaging-thread.html', THREAD);
    const queries = countEditableQueries(doc);
    const seen: PageSnapshot[] = [];
    const spy = (name: string): Feature => ({
      name,
      pages: ['messaging'],
      addsToPage: false,
      start: () => ({ scan: (page) => (seen.push(page), 'mounted') }),
    });
    const request = vi.fn(async () => ({ recorded: 0 })) as unknown as typeof requestFn;
    booted = boot({
      window,
      features: [spy('first'), composerShareButton, replyTracker, sentConfirmation, spy('last')],
      t: (key) => key,
      request,
      isExtensionAlive: () => true,
      loadConfig: async () => ({ quietMode: false, keepReplyText: false }),
      batchDelay: 5,
    });
    await booted.ready;
    // The three features that used to read the page for themselves did so four times a scan.
    expect(queries()).toBe(1);
    const [first, last] = seen;
    expect(last).toBe(first);
    expect(first!.composers.map(({ root, editor }) => ({ root, editor }))).toEqual(
      findAllComposers(doc).map(({ root, editor }) => ({ root, editor })),
    );
    // Conversations are read once, for whichever feature asks first.
    expect(first!.conversations).toBe(last!.conversations);
    expect(first!.conversations.length).toBeGreaterThan(0);
  });

  it('reads only the subtrees added since the last scan, and keeps the composers it found', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', THREAD);
    const reader = watched(doc);
    stopWatching = reader.stop;
    const before = reader.read().composers;
    const queries = countEditableQueries(doc);
    const box = replyBox(doc);
    const boxQueries = countEditableQueries(box);
    const container = doc.createElement('div');
    container.append(box);
    doc.body.append(container);
    const after = reader.read().composers;
    expect(queries()).toBe(0);
    expect(after.slice(0, before.length)).toEqual(before);
    for (const [index, composer] of before.entries()) expect(after[index]).toBe(composer);
    expect(after.slice(before.length).map((composer) => composer.root)).toEqual([box]);
    // Nothing added: nothing read again, the same composers.
    expect(reader.read().composers).toEqual(after);
    expect(queries()).toBe(0);
    expect(boxQueries()).toBe(0);
  });

  it('finds a composer LinkedIn completes later, and an editor switched on in place', () => {
    const doc = loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/');
    const reader = watched(doc);
    stopWatching = reader.stop;
    expect(reader.read().composers).toEqual([]);
    // The reply box first comes without its send button: no place for a button yet.
    const early = replyBox(doc, false);
    doc.body.append(early);
    expect(reader.read().composers).toEqual([]);
    early.append(sendButton(doc));
    expect(reader.read().composers.map((composer) => composer.root)).toEqual([early]);
    // An editor mounted into an element already on the page only gains its attribute.
    const late = replyBox(doc);
    const editor = late.querySelector('[contenteditable]')!;
    editor.removeAttribute('contenteditable');
    doc.body.append(late);
    expect(reader.read().composers.map((composer) => composer.root)).toEqual([early]);
    editor.setAttribute('contenteditable', 'true');
    expect(reader.read().composers.map((composer) => composer.root)).toEqual([early, late]);
  });

  it('drops a composer LinkedIn took away, and reads the whole page again after navigation', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', THREAD);
    const reader = watched(doc);
    stopWatching = reader.stop;
    const [first] = reader.read().composers;
    first!.root.remove();
    expect(reader.read().composers).not.toContain(first);
    const queries = countEditableQueries(doc);
    history.pushState({}, '', '/messaging/thread/3-bruno/');
    reader.read();
    expect(queries()).toBe(1);
  });

  it('reads each of hundreds of added subtrees once, and never the whole page again', () => {
    // A LinkedIn feed holds 100,000 elements and more: a read costs what was added, not the page.
    const doc = loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/');
    const reader = watched(doc);
    stopWatching = reader.stop;
    reader.read();
    const posts = Array.from({ length: 300 }, () => doc.createElement('article'));
    const postQueries = posts.map((post) => countEditableQueries(post));
    const queries = countEditableQueries(doc);
    doc.body.append(...posts);
    posts[7]!.append(replyBox(doc));
    const { composers } = reader.read();
    expect(queries()).toBe(0);
    expect(postQueries.map((count) => count())).toEqual(posts.map(() => 1));
    expect(composers.map((composer) => composer.root.parentElement)).toEqual([posts[7]]);
  });

  it('says whether anything left the page since the last read', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', THREAD);
    const reader = watched(doc);
    stopWatching = reader.stop;
    expect(reader.read().removals).toBe(true);
    doc.body.append(doc.createElement('div'));
    expect(reader.read().removals).toBe(false);
    doc.body.lastElementChild!.remove();
    expect(reader.read().removals).toBe(true);
    expect(reader.read().removals).toBe(false);
  });
});
