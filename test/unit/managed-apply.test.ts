// The company's policy put in force by the background (issue 27), on fake-indexeddb with a fake
// browser.storage.managed: its sources in the library (managed, synced, not removable, removed
// when dropped), its settings locked server side, its UTM values on the links inserted, applied
// again live and after a restore, and idempotent at every start of the worker.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { ManagedArea } from '../../src/background/managed';
import type { Sender } from '../../src/background/router';
import type { ContentItem, Source } from '../../src/domain/model';
import type { PolicyStatus } from '../../src/contract/requests/policy';
import type { Settings } from '../../src/domain/settings';
import { background } from './helpers/background';
import { item } from './helpers/items';
import { hasUserData } from '../../src/background/backup/user-data';
import { feedSourceId, managedSourcesPlan } from '../../src/background/library/managed-sources';
import { isEmpty } from '../../src/background/onboarding/service';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };
let n = 0;

const rss = (title: string, links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${links.map((link, i) => `<item><title>Post ${i}</title><link>${link}</link></item>`).join('')}</channel></rss>`;
const FEEDS = new Map([
  ['https://team.example.com/feed', rss('Whatever the feed calls itself', ['https://team.example.com/a', 'https://team.example.com/b'])],
  ['https://news.example.org/rss', rss('News', ['https://news.example.org/one'])],
  ['https://own.example.net/feed', rss('Own', ['https://own.example.net/x'])],
]);

/** storage.managed as the browser gives it: `policy` is what IT set; `fails`: Firefox without a policy. */
type FakeArea = ManagedArea & { policy: Record<string, unknown>; fails: boolean };
function managedArea(policy: Record<string, unknown> = {}): FakeArea {
  const area: FakeArea = {
    policy,
    fails: false,
    get: async (): Promise<Record<string, unknown>> => {
      if (area.fails) throw new Error('Managed storage manifest not found');
      return structuredClone(area.policy);
    },
  };
  return area;
}

/** `cors`: the feed's server answers the extension's CORS request, granted host or not. */
function setup(policy: Record<string, unknown> = {}, granted: (url: string) => boolean = () => true, cors = false) {
  const db = createDbHandle(`nurture-managed-${++n}`);
  const area = managedArea(policy);
  const bg = background({
    db,
    now: () => Date.UTC(2026, 5, 1) + n,
    managed: area,
    fetch: async (url) => {
      // Without the host permission, the browser lets the answer through only if the server allows it.
      if (!granted(url) && !cors) throw new TypeError('Failed to fetch');
      return new Response(FEEDS.get(url) ?? '', { status: FEEDS.has(url) ? 200 : 404 });
    },
    canFetch: async (url) => granted(url),
  });
  const call = async <T>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await bg.route({ type, payload }, sender);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as T;
  };
  const announcedSince = (from: number) => bg.announced.slice(from).flatMap((message) => message.stores);
  return { db, area, bg, call, announcedSince };
}

const POLICY = {
  librarySources: [{ url: 'https://team.example.com/feed', name: 'Marketing picks' }],
  utm: { source: 'nurture', medium: 'social', campaign: 'q3-rollout' },
  lockedSettings: ['quietMode'],
  settings: { keepReplyText: false, repIdChannels: ['message'] },
};

describe('applying the policy', () => {
  it('adds its sources as managed, syncs them under the name IT gave, and says what it applied', async () => {
    const { bg, call } = setup(POLICY);
    const applied = await bg.applyPolicy();
    expect(applied.stores.sort()).toEqual(['content', 'managed-policy', 'settings', 'sources']);
    const sources = await call<Source[]>('library.sources', {});
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      url: 'https://team.example.com/feed',
      label: 'Marketing picks',
      managed: true,
      kind: 'rss',
      lastSync: { error: null, added: 2 },
    });
    expect(await call<PolicyStatus>('policy.status', {})).toEqual({
      managed: true,
      problems: [],
      lockedSettings: ['quietMode'],
      utm: { source: 'nurture', medium: 'social', campaign: 'q3-rollout' },
      sources: [{ url: 'https://team.example.com/feed', name: 'Marketing picks' }],
      readOnlySettings: ['repIdChannels', 'campaign', 'utmEnabled', 'utmSource', 'utmMedium', 'quietMode', 'keepReplyText'],
    });
  });

  it('is idempotent: applied again (the worker woke), it writes and announces nothing', async () => {
    const { bg, announcedSince } = setup(POLICY);
    await bg.applyPolicy();
    const before = bg.announced.length;
    const again = await bg.applyPolicy();
    expect(again.stores).toEqual([]);
    expect(announcedSince(before)).toEqual([]);
  });

  it('reads no policy when managed storage throws (Firefox without one) or holds nothing', async () => {
    const { bg, area, call } = setup({});
    area.fails = true;
    expect((await bg.applyPolicy()).policy.managed).toBe(false);
    expect(await call<PolicyStatus>('policy.status', {})).toMatchObject({ managed: false, problems: [], sources: [], utm: null });
    expect(await call<Source[]>('library.sources', {})).toEqual([]);
  });

  it('keeps the good parts of a malformed policy and reports the rest', async () => {
    const { bg, call } = setup({
      librarySources: [
        { url: 'javascript:alert(1)', name: 'x' },
        { url: 'https://news.example.org/rss', name: 'News' },
      ],
      utm: { medium: 'a b' },
      lockedSettings: ['theme'],
    });
    await bg.applyPolicy();
    const status = await call<PolicyStatus>('policy.status', {});
    expect(status.problems.map((problem) => problem.key)).toEqual(['librarySources[0].url', 'utm.medium', 'lockedSettings[0]']);
    expect(status.sources).toEqual([{ url: 'https://news.example.org/rss', name: 'News' }]);
    expect(status.utm).toBeNull();
    expect((await call<Settings>('settings.get', {})).utmMedium).toBe('social');
  });

  it("takes over a feed the user had added, and leaves the user's other sources alone", async () => {
    const { bg, area, call } = setup({});
    await call('library.addFeed', { url: 'https://team.example.com/feed' });
    await call('library.addFeed', { url: 'https://own.example.net/feed' });
    area.policy = POLICY;
    await bg.applyPolicy();
    const sources = await call<Source[]>('library.sources', {});
    expect(sources.find((source) => source.url === 'https://team.example.com/feed')).toMatchObject({
      managed: true,
      label: 'Marketing picks',
    });
    expect(sources.find((source) => source.url === 'https://own.example.net/feed')?.managed).toBeUndefined();
  });
});

describe('a managed source', () => {
  it("cannot be removed by the user; the user's own can", async () => {
    const { bg, call } = setup(POLICY);
    await bg.applyPolicy();
    await call('library.addFeed', { url: 'https://own.example.net/feed' });
    const [own, managed] = [
      (await call<Source[]>('library.sources', {})).find((s) => !s.managed)!,
      (await call<Source[]>('library.sources', {})).find((s) => s.managed)!,
    ];
    await expect(call('library.removeSource', { id: managed.id })).rejects.toThrow(/set by your company/);
    expect((await call<Source[]>('library.sources', {})).some((source) => source.id === managed.id)).toBe(true);
    expect(await call('library.removeSource', { id: own.id })).toEqual({ deletedItems: 1 });
  });

  it('says so when its host is not granted, rather than failing silently', async () => {
    const { bg, call } = setup(POLICY, () => false);
    await bg.applyPolicy();
    const [source] = await call<Source[]>('library.sources', {});
    expect(source).toMatchObject({
      managed: true,
      lastSync: { error: expect.stringMatching(/may not fetch team\.example\.com/) as unknown },
    });
    const report = await call<{ error: string | null }>('library.syncSource', { id: source!.id });
    expect(report.error).toMatch(/may not fetch team\.example\.com/);
  });

  it('syncs it without the host permission when its server answers the extension (CORS)', async () => {
    const { bg, call } = setup(POLICY, () => false, true);
    await bg.applyPolicy();
    const [source] = await call<Source[]>('library.sources', {});
    expect(source).toMatchObject({ managed: true, lastSync: { error: null } });
    expect(source!.lastSync!.added).toBeGreaterThan(0);
  });
});

describe('live changes (storage.onChanged for the managed area)', () => {
  it('adds and removes sources as the policy does, a dropped one as a user removal would', async () => {
    const { bg, area, call, announcedSince } = setup(POLICY);
    await bg.applyPolicy();
    const items = await call<{ hits: { item: ContentItem }[] }>('library.search', { text: '' });
    const kept = items.hits.find((hit) => hit.item.url === 'https://team.example.com/a')!.item;
    // An item the user edited is theirs now: it stays when its source goes.
    await call('library.update', { id: kept.id, patch: { title: 'My own title' } });

    area.policy = { ...POLICY, librarySources: [{ url: 'https://news.example.org/rss', name: 'News' }], utm: { campaign: 'q4' } };
    const before = bg.announced.length;
    await bg.applyPolicy();
    // The policy's store, and the settings in force with it (every reader of the settings listens to 'settings').
    expect(new Set(announcedSince(before))).toEqual(new Set(['managed-policy', 'settings', 'sources', 'content']));
    const sources = await call<Source[]>('library.sources', {});
    expect(sources.map((source) => [source.label, source.managed])).toEqual([['News', true]]);
    const urls = (await call<{ hits: { item: ContentItem }[] }>('library.search', { text: '' })).hits.map((hit) => hit.item.url).sort();
    expect(urls).toEqual(['https://news.example.org/one', 'https://team.example.com/a']);
    // Settings re-read: the new campaign, the old source and medium back to the user's own.
    expect(await call<Settings>('settings.get', {})).toMatchObject({ campaign: 'q4', utmSource: 'linkedin', utmMedium: 'social' });

    area.policy = {};
    await bg.applyPolicy();
    expect(await call<Source[]>('library.sources', {})).toEqual([]);
    expect(await call<PolicyStatus>('policy.status', {})).toMatchObject({ managed: false, readOnlySettings: [] });
  });
});

describe('locked settings', () => {
  it('refuses a change to a locked or policy-set setting, server side, with its name', async () => {
    const { bg, call } = setup(POLICY);
    await bg.applyPolicy();
    await expect(call('settings.update', { settings: { quietMode: true } })).rejects.toThrow(/quietMode: set by your company/);
    await expect(call('settings.update', { settings: { utmMedium: 'email', repId: 'ana' } })).rejects.toThrow(/utmMedium/);
    // Refused whole: the rep id of the same request was not saved either.
    expect((await call<Settings>('settings.get', {})).repId).toBe('');
  });

  it("takes the form's whole draft (the policy's values sent back unchanged) and saves only the user's own", async () => {
    const { bg, area, call } = setup({});
    await call('settings.update', { settings: { utmMedium: 'newsletter', quietMode: true } });
    area.policy = POLICY;
    await bg.applyPolicy();
    const inForce = await call<Settings>('settings.get', {});
    expect(inForce).toMatchObject({ utmMedium: 'social', campaign: 'q3-rollout', utmSource: 'nurture', quietMode: true, utmEnabled: true });
    const saved = await call<Settings>('settings.update', { settings: { ...inForce, repId: 'ana' } });
    expect(saved).toMatchObject({ repId: 'ana', utmMedium: 'social', campaign: 'q3-rollout' });
    // The policy gone, the user's own values are back: the policy's were never written as theirs.
    area.policy = {};
    await bg.applyPolicy();
    expect(await call<Settings>('settings.get', {})).toMatchObject({
      repId: 'ana',
      utmMedium: 'newsletter',
      campaign: '',
      utmSource: 'linkedin',
      quietMode: true,
    });
  });

  it("gives the content script the policy's values", async () => {
    const { bg, call } = setup({ settings: { quietMode: true } });
    await bg.applyPolicy();
    expect(await call<{ quietMode: boolean }>('content.config', {}, content)).toMatchObject({ quietMode: true });
  });
});

describe('the link inserted on LinkedIn', () => {
  it("carries the managed UTM values over the user's own", async () => {
    const { db, bg, call } = setup({});
    await call('settings.update', { settings: { utmSource: 'mine', utmMedium: 'mine', campaign: 'mine', utmEnabled: false } });
    const conn = await db();
    await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/cfo-case', title: 'CFO case' }));
    const prepare = async () =>
      (await call<{ link: string }>('share.prepare', { contentId: 'c1', prospectId: null, channel: 'message' }, content)).link;
    expect(await prepare()).toBe('https://example.com/blog/cfo-case');
    (bg.deps.managed as FakeArea).policy = { utm: { source: 'nurture', medium: 'social', campaign: 'q3-rollout' } };
    await bg.applyPolicy();
    expect(await prepare()).toBe(
      'https://example.com/blog/cfo-case?utm_source=nurture&utm_medium=social&utm_campaign=q3-rollout&utm_content=cfo-case',
    );
  });
});

describe('a restore', () => {
  it('brings back a managed source only while the policy still names it', async () => {
    const { bg, area, call } = setup(POLICY);
    await bg.applyPolicy();
    const { text } = await call<{ text: string }>('backup.export', {});
    expect(text).toContain('"managed":true');

    // Restored where the policy still names it: managed, as before.
    await call('backup.import', { text, mode: 'replace' });
    expect((await call<Source[]>('library.sources', {})).map((source) => source.managed)).toEqual([true]);
    expect((await call<PolicyStatus>('policy.status', {})).managed).toBe(true);

    // Restored into a browser whose policy no longer names it: removed, as the policy would.
    area.policy = { utm: { campaign: 'q4' } };
    await bg.applyPolicy();
    await call('backup.import', { text, mode: 'merge' });
    expect(await call<Source[]>('library.sources', {})).toEqual([]);
    expect((await call<Settings>('settings.get', {})).campaign).toBe('q4');
  });
});

describe("the company's sources are not the user's data", () => {
  it('leave a first run a first run (examples, welcome) and ask for no backup', async () => {
    const { db, bg } = setup(POLICY, () => false);
    await bg.applyPolicy();
    const conn = await db();
    expect(await isEmpty(conn)).toBe(true);
    expect(await hasUserData(conn)).toBe(false);
  });
});

describe('managedSourcesPlan', () => {
  const url = 'https://team.example.com/feed';
  const source: Source = {
    id: feedSourceId(url),
    kind: 'rss',
    label: 'Team',
    url,
    etag: '"e"',
    lastModified: null,
    addedAt: 1,
    lastSync: null,
    managed: true,
  };

  it('writes nothing when the store already matches the policy', () => {
    expect(managedSourcesPlan([source], [{ url, name: 'Team' }], 9)).toEqual({ put: [], added: [], remove: [] });
  });

  it('renames, marks, adds and removes, keeping what a sync learnt', () => {
    const own: Source = {
      id: feedSourceId('https://own.example.net/feed'),
      kind: 'atom',
      label: 'Own',
      url: 'https://own.example.net/feed',
      etag: null,
      lastModified: null,
      addedAt: 2,
      lastSync: null,
    };
    const gone: Source = { ...source, id: feedSourceId('https://old.example.com/feed'), url: 'https://old.example.com/feed' };
    const plan = managedSourcesPlan(
      [source, own, gone],
      [
        { url, name: 'Renamed' },
        { url: own.url!, name: "Now the team's" },
        { url: 'https://new.example.com/feed', name: 'New' },
        { url, name: 'Twice' },
      ],
      9,
    );
    expect(plan.put).toEqual([
      { ...source, label: 'Renamed' },
      { ...own, label: "Now the team's", managed: true },
      {
        id: feedSourceId('https://new.example.com/feed'),
        kind: 'rss',
        label: 'New',
        url: 'https://new.example.com/feed',
        etag: null,
        lastModified: null,
        addedAt: 9,
        lastSync: null,
        managed: true,
      },
    ]);
    expect(plan.added).toEqual([feedSourceId('https://new.example.com/feed')]);
    expect(plan.remove).toEqual([gone.id]);
  });
});
