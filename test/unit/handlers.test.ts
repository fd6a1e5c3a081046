import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle, DB_VERSION } from '../../src/background/db';
import type { HealthStore } from '../../src/background/page/health';
import { DEFAULT_SETTINGS } from '../../src/contract/index';
import type { Sender } from '../../src/background/router';
import type { PageHealth } from '../../src/contract/index';
import { background } from './helpers/background';

let n = 0;
function setup() {
  const db = createDbHandle(`nurture-handlers-${++n}`);
  const healthByTab = new Map<number, PageHealth>();
  const health: HealthStore = {
    get: async (tabId) => healthByTab.get(tabId) ?? null,
    set: async (tabId, value) => void healthByTab.set(tabId, value),
  };
  const { route } = background({ db, now: () => 1000, health });
  return { db, route, healthByTab };
}

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };

describe('handlers behind the router', () => {
  it('answers a ping with the version and schema', async () => {
    const { route } = setup();
    expect(await route({ type: 'app.ping', payload: {} }, page)).toEqual({
      ok: true,
      value: { version: '9.9.9', schemaVersion: DB_VERSION },
    });
  });

  it('stores settings, merging partial updates', async () => {
    const { route } = setup();
    expect(await route({ type: 'settings.get', payload: {} }, page)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    await route({ type: 'settings.update', payload: { settings: { repId: 'ana' } } }, page);
    await route({ type: 'settings.update', payload: { settings: { campaign: 'q4-cfo', feedSyncMinutes: 60 } } }, page);
    expect(await route({ type: 'settings.get', payload: {} }, page)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, repId: 'ana', campaign: 'q4-cfo', feedSyncMinutes: 60 },
    });
  });

  it('changes nothing on a refused or malformed update', async () => {
    const { route } = setup();
    await route({ type: 'settings.update', payload: { settings: { repId: 'ana' } } }, page);
    const refused = [
      route({ type: 'settings.update', payload: { settings: { repId: 'evil' } } }, content),
      route({ type: 'settings.update', payload: { settings: { repId: 'evil', admin: true } } }, page),
      route({ type: 'settings.update', payload: { settings: { repId: 'e v i l' } } }, page),
      route({ type: 'settings.update', payload: { settings: { repId: 'evil' } } }, null),
      route({ type: 'settings.update', payload: { settings: { feedSyncMinutes: 1 } } }, page),
    ];
    for (const answer of await Promise.all(refused)) expect(answer.ok).toBe(false);
    expect(await route({ type: 'settings.get', payload: {} }, page)).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, repId: 'ana' } });
  });

  it('counts the records of every store', async () => {
    const { route, db } = setup();
    await (
      await db()
    ).put('sources', {
      id: 's1',
      kind: 'starter',
      label: 'Examples',
      url: null,
      etag: null,
      lastModified: null,
      addedAt: 1,
      lastSync: null,
    });
    const answer = await route({ type: 'db.stats', payload: {} }, page);
    expect(answer).toEqual({
      ok: true,
      value: { schemaVersion: DB_VERSION, counts: { content: 0, sources: 1, prospects: 0, interactions: 0, settings: 0 } },
    });
  });

  it('records page health for the sending tab and serves it to extension pages', async () => {
    const { route } = setup();
    await route({ type: 'page.report', payload: { page: 'messaging', features: { 'composer-share-button': 'mounted' } } }, content);
    expect(await route({ type: 'page.health', payload: { tabId: 5 } }, page)).toEqual({
      ok: true,
      value: { page: 'messaging', features: { 'composer-share-button': 'mounted' }, missing: [], at: 1000 },
    });
    await route(
      {
        type: 'page.report',
        payload: { page: 'profile', features: { 'profile-track-button': 'mounted' }, missing: ['profile-headline', 'profile-headline'] },
      },
      content,
    );
    expect(await route({ type: 'page.health', payload: { tabId: 5 } }, page)).toMatchObject({
      ok: true,
      value: { missing: ['profile-headline'] },
    });
    // Only the parts the popup knows how to name.
    expect((await route({ type: 'page.report', payload: { page: 'profile', features: {}, missing: ['<img src=x>'] } }, content)).ok).toBe(
      false,
    );
    expect(await route({ type: 'page.health', payload: { tabId: 6 } }, page)).toEqual({ ok: true, value: null });
    // A LinkedIn page may not read what Nurture knows of other tabs.
    expect((await route({ type: 'page.health', payload: { tabId: 5 } }, content)).ok).toBe(false);
  });
});
