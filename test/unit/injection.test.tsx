// @vitest-environment happy-dom
// Hostile text in the user's data (a library file, a restored backup, a name or a note typed
// or read from a page) is shown as text everywhere and never becomes markup, script or a
// javascript: link. The UI is rendered against the real background (handlers behind the
// router, fake IndexedDB), and the data goes in through the real requests.
import 'fake-indexeddb/auto';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle, DB_VERSION } from '../../src/background/db';
import type { Route } from '../../src/background/router';
import { background } from './helpers/background';
import type { ContentItem, Interaction, Prospect, Source } from '../../src/domain/model';
import type { LibraryHit } from '../../src/contract/index';
import { request } from '../../src/contract/client';
import { Popup } from '../../src/popup/Popup';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { Picker } from '../../src/content/ui/Picker';
import { ShareButton } from '../../src/content/ui/ShareButton';
import type { Translate } from '../../src/i18n/i18n';
import { shadowOf } from './helpers/closed-roots';

// The browser as the pages see it: every message goes to the router as an extension page's.
const browserFake = vi.hoisted(() => ({
  route: null as null | ((message: unknown) => Promise<unknown>),
  opened: [] as string[],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => browserFake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
      openOptionsPage: async () => {},
      // The pages listen for the background's announcements (src/ui/live.ts).
      id: 'nurture-test',
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    i18n: {
      // Substitutions are where user data meets translated text: keep them in the output.
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`),
      getUILanguage: () => 'en',
    },
    tabs: {
      query: async () => [],
      create: async ({ url }: { url: string }) => void browserFake.opened.push(url),
    },
    permissions: { request: async () => false, contains: async () => false },
  },
}));

const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = '<script>globalThis.__pwned=1</script>';
const SVG = '"><svg onload="globalThis.__pwned=1">';
const ALL = `${IMG}${SCRIPT}${SVG}`;
const JS_URL = 'javascript:globalThis.__pwned=1';
const PROSPECT = '/in/x"><img_src=x_onerror=globalThis.__pwned=1>';
const NOW = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;

const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

function hostileItem(id: string, url: string): ContentItem {
  return {
    id,
    url,
    title: `${ALL} ${id}`,
    summary: `${SVG} summary ${IMG}`,
    format: 'article',
    language: 'en',
    topics: [IMG],
    personas: [SVG],
    stages: ['evaluation'],
    captions: [{ language: 'en', text: `${SCRIPT} caption {link}` }],
    publishedAt: NOW - DAY,
    expiresAt: null,
    freshAt: NOW - DAY,
    sourceId: 'evil-source',
    example: false,
    addedAt: NOW - DAY,
    updatedAt: NOW - DAY,
    curatedAt: null,
  };
}

/**
 * Addresses no way in lets through any more (the backup's records take http(s) and LinkedIn
 * addresses only): written straight into the database after the restore, as an older version
 * could have stored them, to prove the pages never make links of them either.
 */
const STORED_PAST_THE_CHECKS = {
  content: { 'evil-js': JS_URL, 'evil-data': 'data:text/html,<script>parent.__pwned=1</script>' },
  source: JS_URL,
  interactionUrl: JS_URL,
};

/** A backup file as a hostile sender would craft it: it passes the format's checks. */
function hostileBackup(): string {
  const content = [
    hostileItem('evil-js', 'https://example.com/evil-js'),
    hostileItem('evil-data', 'https://example.com/evil-data'),
    hostileItem('evil-https', 'https://example.com/evil'),
  ];
  const sources: Source[] = [
    {
      id: 'evil-source',
      kind: 'rss',
      label: ALL,
      url: 'https://example.com/feed',
      etag: null,
      lastModified: null,
      addedAt: NOW - DAY,
      lastSync: { at: NOW - DAY, added: 1, updated: 0, unchanged: 0, rejected: 0, error: ALL, notModified: false },
    },
  ];
  const prospect: Prospect = {
    id: PROSPECT,
    name: IMG,
    headline: SVG,
    company: SCRIPT,
    persona: SVG,
    stage: 'evaluation',
    tags: [IMG],
    notes: ALL,
    // Due today: the popup's "Today" list shows the name.
    nextFollowUp: NOW - DAY,
    createdAt: NOW - 10 * DAY,
    lastContactAt: NOW - 5 * DAY,
    lastReplyAt: null,
  };
  const interactions: Interaction[] = [
    {
      id: 1,
      at: NOW - 5 * DAY,
      kind: 'shared',
      prospectId: PROSPECT,
      contentId: 'evil-js',
      channel: 'message',
      url: 'https://www.linkedin.com/messaging/thread/1/',
      externalId: null,
      note: ALL,
      status: 'sent',
      link: 'https://example.com/evil',
    },
    {
      id: 2,
      at: NOW - 4 * DAY,
      kind: 'replied',
      prospectId: PROSPECT,
      contentId: null,
      channel: 'message',
      url: 'https://www.linkedin.com/messaging/thread/1/',
      externalId: 'r1',
      note: ALL,
    },
    {
      id: 3,
      at: NOW - 3 * DAY,
      kind: 'posted',
      prospectId: null,
      contentId: 'evil-https',
      channel: 'post',
      url: null,
      externalId: null,
      note: SCRIPT,
      status: 'sent',
    },
  ];
  return JSON.stringify({
    nurture: 'backup',
    schemaVersion: DB_VERSION,
    exportedAt: NOW,
    stores: { content, sources, prospects: [prospect], interactions, settings: [] },
  });
}

let route: Route;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const db = createDbHandle('nurture-injection');
  ({ route } = background({ db, now: () => NOW }));
  browserFake.route = (message) => route(message, { kind: 'extension-page', tabId: undefined });

  // The real ways in: a restored backup, an imported library file, people and notes added.
  expect((await request('backup.import', { text: hostileBackup(), mode: 'replace' })).restored.content).toBe(3);
  const conn = await db();
  for (const [id, url] of Object.entries(STORED_PAST_THE_CHECKS.content))
    await conn.put('content', { ...(await conn.get('content', id))!, url });
  await conn.put('sources', { ...(await conn.get('sources', 'evil-source'))!, url: STORED_PAST_THE_CHECKS.source });
  for (const id of [1, 2])
    await conn.put('interactions', { ...(await conn.get('interactions', id))!, url: STORED_PAST_THE_CHECKS.interactionUrl });
  const file = JSON.stringify([{ url: 'https://example.com/imported', title: `${ALL} imported`, summary: ALL, captions: [ALL] }]);
  expect((await request('library.importFile', { fileName: `${IMG}.json`, text: file })).added).toBe(1);
  await request('prospects.add', { profilePath: '/in/bob-evil', name: SVG, headline: IMG, company: SCRIPT });
  const { id } = await request('activity.add', { kind: 'note', prospectId: '/in/bob-evil', note: IMG });
  await request('activity.setNote', { id, note: ALL });
});

afterEach(() => {
  render(null, document.body);
  location.hash = '';
});

async function tick() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

/** Lets requests and renders run until `check` passes (the answers chain: library first, then lists). */
async function until(check: () => void) {
  for (let round = 0; ; round++) {
    try {
      return check();
    } catch (error) {
      if (round > 400) throw error;
      await tick();
    }
  }
}

async function show(vnode: VNode, root: Element | ShadowRoot = document.body) {
  await act(async () => {
    render(vnode, root);
  });
  await tick();
}

/** Everything a payload could have turned into, in the rendered tree (shadow roots included). */
function injected(root: ParentNode = document.body): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
      // The only pictures are our own: the icon, the button's decorative svg, the insight charts.
      if (tag === 'img' && el.getAttribute('src') !== '/icons/icon-32.png') found.push(`<img src=${el.getAttribute('src')}>`);
      if (tag === 'svg' && el.getAttribute('aria-hidden') !== 'true' && el.getAttribute('class') !== 'chart-svg')
        found.push('<svg> from data');
      for (const { name, value } of [...el.attributes]) {
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value))
          found.push(`${tag}[${name}=${value}]`);
      }
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return found;
}

/** Waits until every payload shows as text, then checks nothing was made of them. */
async function expectSafe(...literal: string[]) {
  await until(() => {
    for (const payload of literal) expect(document.body.textContent).toContain(payload);
  });
  expect(injected()).toEqual([]);
  expect(pwned()).toBeUndefined();
}

async function dashboard(hash: string) {
  location.hash = hash;
  await show(<Dashboard />);
}

describe('hostile text in the popup', () => {
  it('shows titles, summaries, names, companies and shared titles as text, and no javascript: link', async () => {
    await show(<Popup />);
    // Library results, Today (a due follow-up), recent activity.
    await expectSafe(`${ALL} evil-js`, `${SVG} summary ${IMG}`, SCRIPT, `activityShared: ${ALL} evil-js | ${IMG}`);
    await until(() => expect(document.querySelectorAll('[data-testid="due"] li')).toHaveLength(1));
  });

  it('never opens a javascript: or data: address from an item', async () => {
    await show(<Popup />);
    await until(() => expect(document.querySelectorAll('.results li')).toHaveLength(4));
    browserFake.opened.length = 0;
    for (const li of document.querySelectorAll('.results li')) {
      for (const button of li.querySelectorAll<HTMLButtonElement>('.item-actions > button')) await act(() => void button.click());
      // The rest is in the card's menu: each of its items, the menu opened again for each.
      const more = li.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
      await act(() => void more.click());
      const count = li.querySelectorAll('[role="menuitem"]').length;
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        if (i > 0) await act(() => void more.click());
        await act(() => void li.querySelectorAll<HTMLElement>('[role="menuitem"]')[i]!.click());
      }
    }
    expect(browserFake.opened.length).toBeGreaterThan(0);
    expect(browserFake.opened.filter((url) => !/^https:\/\//.test(url))).toEqual([]);
    expect(pwned()).toBeUndefined();
  });
});

describe('hostile text in the dashboard', () => {
  it('library: titles, summaries, personas as text; links only to http(s) addresses', async () => {
    await dashboard('#library');
    await expectSafe(`${ALL} evil-js`, `${ALL} evil-https`, `${SVG} summary ${IMG}`);
    const hrefs = [...document.querySelectorAll('.results a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.com/evil');
    expect(
      hrefs.every((href) => href !== null && /^https?:\/\//.test(href)),
      hrefs.join(' '),
    ).toBe(true);
    // The facets came from the data too (personas filter): options, as text.
    expect([...document.querySelectorAll('option')].map((o) => o.textContent)).toContain(SVG);
  });

  it('library editor: fields hold the text as values, nothing is parsed', async () => {
    await dashboard('#library');
    await until(() => expect(document.body.textContent).toContain('evil-https'));
    const edit = [...document.querySelectorAll('.results li')]
      .find((li) => li.textContent?.includes('evil-https'))!
      .querySelectorAll('button')[0]!;
    await act(() => void edit.click());
    await until(() => {
      const values = [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value);
      for (const payload of [IMG, SVG, `${SCRIPT} caption`])
        expect(
          values.some((value) => value.includes(payload)),
          payload,
        ).toBe(true);
    });
    expect(injected()).toEqual([]);
    expect(pwned()).toBeUndefined();
  });

  it('sources: labels and sync errors as text, a feed address never a link', async () => {
    await dashboard('#sources');
    await expectSafe(ALL, `${IMG}.json`);
  });

  it('prospects list: names and companies as text', async () => {
    await dashboard('#prospects');
    await expectSafe(IMG, SCRIPT, SVG);
    await until(() => expect(document.querySelectorAll('[data-testid="prospects"] tbody tr')).toHaveLength(2));
  });

  it("a prospect's page: name, headline, notes, tags, timeline notes and titles as text", async () => {
    await dashboard(`#prospect=${encodeURIComponent(PROSPECT)}`);
    await expectSafe(IMG, SVG, `timelineRepliedText: ${ALL}`, `timelineShared: ${ALL} evil-js`);
    await until(() => expect([...document.querySelectorAll('textarea')].some((area) => area.value === ALL)).toBe(true));
    // The profile link is built on LinkedIn's origin whatever the id holds.
    const profile = document.querySelector('[data-testid="prospect-page"] a[target="_blank"]')!.getAttribute('href')!;
    expect(new URL(profile).origin).toBe('https://www.linkedin.com');
  });

  it('activity log: notes, names and titles as text', async () => {
    await dashboard('#activity');
    await expectSafe(ALL, `${ALL} evil-js`);
  });

  it('insights: titles and names in the tables as text', async () => {
    await dashboard('#insights');
    await expectSafe(`${ALL} evil-js`);
  });

  it('your data: the summary and backup panel', async () => {
    await dashboard('#data');
    await expectSafe();
  });
});

describe('hostile text in the picker on LinkedIn', () => {
  const t: Translate = (key, subs) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`);

  it('lists hostile titles as text, and previews them filled for a hostile name', async () => {
    const prepare = (hit: LibraryHit) =>
      request('share.prepare', { contentId: hit.item.id, prospectId: null, personName: IMG, channel: 'message' });
    await show(<Picker t={t} request={request} prepare={prepare} onChoose={() => {}} onClose={() => {}} />);
    await expectSafe(`${ALL} evil-js`);
    await until(() => expect(document.querySelectorAll('[role="option"]')).toHaveLength(4));
    // The preview of the highlighted item: its caption and the person's name, as text.
    await until(() => expect(document.querySelector('section[aria-label="pickerPreview"] p')).not.toBeNull());
    await expectSafe();
  });

  it('in its shadow root, from the share button, through every preview', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    await show(
      <ShareButton
        t={t}
        request={request}
        target={{ kind: 'clipboard' }}
        prospect={() => ({ profilePath: PROSPECT, name: IMG })}
        register={() => {}}
        pageUrl={() => 'https://www.linkedin.com/in/x/'}
      />,
      shadow,
    );
    await act(() => void shadow.querySelector<HTMLButtonElement>('button.share')!.click());
    await until(() => expect(shadow.querySelectorAll('[role="option"]')).toHaveLength(4));
    expect(injected(shadow)).toEqual([]);
    expect(shadow.textContent).toContain(`${ALL} evil-js`);
    // Choose each item in turn: the hostile captions, filled with the hostile name, stay text.
    const input = shadow.querySelector('input')!;
    for (let i = 0; i < 4; i++) {
      await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
      await until(() => expect(shadow.querySelector('section[aria-label="pickerPreview"] p')).not.toBeNull());
      expect(injected(shadow)).toEqual([]);
    }
    expect(shadow.querySelector('section[aria-label="pickerPreview"]')!.textContent).toContain(SCRIPT);
    expect(pwned()).toBeUndefined();
    render(null, shadow);
    host.remove();
  });
});

describe('the checks themselves', () => {
  it('would see markup made from a payload', () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    // What a regression would do: parse the data as HTML (set through a variable so the lint
    // rule under test elsewhere does not apply to this proof).
    const property = 'inner' + 'HTML';
    (probe as unknown as Record<string, string>)[property] = `${ALL}<a href="${JS_URL}">x</a>`;
    expect(injected()).toEqual(
      expect.arrayContaining(['<img src=x>', 'img[onerror]', '<script>', '<svg> from data', 'svg[onload]', `a[href=${JS_URL}]`]),
    );
    probe.remove();
    delete (globalThis as { __pwned?: unknown }).__pwned;
  });
});
