// Issue 26: the picker lists the user's favourites first, then what they shared lately (to
// anyone), then the freshest; a typed search ranks by relevance as before. The star is set from
// extension pages only, and travels in backups.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/background/backup';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { SearchIndex } from '../../src/domain/library/search';
import type { ContentItem } from '../../src/domain/model';
import { background } from './helpers/background';
import { item } from './helpers/items';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 22);
const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };

/** Freshest first: f5 (newest) … f1 (oldest). */
const library = [1, 2, 3, 4, 5].map((k) =>
  item({ id: `f${k}`, title: `Item ${k}`, publishedAt: now - (10 - k) * day, stages: k % 2 ? ['awareness'] : ['evaluation'] }),
);
const starred = (id: string, at: number): ContentItem => ({ ...library.find((entry) => entry.id === id)!, favouriteAt: at });

describe('SearchIndex: favourites first', () => {
  const index = new SearchIndex([
    ...library.filter((entry) => entry.id !== 'f1' && entry.id !== 'f3'),
    starred('f1', 100),
    starred('f3', 200),
  ]);
  const ids = (query: Partial<Parameters<SearchIndex['search']>[0]>, recent: string[] = []) =>
    index.search({ text: '', ...query }, now, recent).ids;

  it('with no text: favourites (last starred first), then the recently shared, then the freshest, each once', () => {
    expect(ids({ favouritesFirst: true }, ['f2', 'f1', 'gone'])).toEqual(['f3', 'f1', 'f2', 'f5', 'f4']);
    expect(index.search({ text: '', favouritesFirst: true }, now, ['f2']).total).toBe(5);
  });

  it('applies the filters, the limit and the offset to that order', () => {
    expect(ids({ favouritesFirst: true, stages: ['awareness'] }, ['f2'])).toEqual(['f3', 'f1', 'f5']);
    expect(ids({ favouritesFirst: true, limit: 2 }, ['f2'])).toEqual(['f3', 'f1']);
    expect(ids({ favouritesFirst: true, limit: 2, offset: 2 }, ['f2'])).toEqual(['f2', 'f5']);
  });

  it('leaves other lists in freshness order, and a typed search ranked by relevance', () => {
    expect(ids({}, ['f2'])).toEqual(['f5', 'f4', 'f3', 'f2', 'f1']);
    expect(index.search({ text: 'item 2', favouritesFirst: true }, now, ['f5']).ids[0]).toBe('f2');
  });

  it('follows a star taken away', () => {
    const live = new SearchIndex([starred('f1', 100), ...library.slice(1)]);
    expect(live.search({ text: '', favouritesFirst: true }, now).ids[0]).toBe('f1');
    live.add(library[0]!);
    expect(live.search({ text: '', favouritesFirst: true }, now).ids).toEqual(['f5', 'f4', 'f3', 'f2', 'f1']);
  });
});

let n = 0;
async function seeded() {
  const db = createDbHandle(`nurture-favourites-${++n}`);
  let clock = now;
  const bg = background({ db, now: () => (clock += 1000) });
  const conn = await db();
  for (const entry of library) await conn.put('content', entry);
  const ask = (type: string, payload: unknown, sender: Sender = page) => bg.route({ type, payload }, sender);
  return { db, conn, bg, ask };
}

const titlesOf = (answer: unknown) =>
  (answer as { ok: true; value: { hits: { item: ContentItem }[] } }).value.hits.map((hit) => hit.item.id);

describe('library.favourite', () => {
  it("stars and unstars an item from an extension page; LinkedIn's page may not", async () => {
    const { conn, ask, bg } = await seeded();
    expect(await ask('library.favourite', { id: 'f2', favourite: true }, content)).toMatchObject({
      ok: false,
      error: { code: 'unauthorised' },
    });
    expect((await conn.get('content', 'f2'))?.favouriteAt).toBeUndefined();

    const on = await ask('library.favourite', { id: 'f2', favourite: true });
    expect(on).toMatchObject({ ok: true, value: { id: 'f2', favouriteAt: expect.any(Number) } });
    expect(bg.announced.at(-1)).toMatchObject({ stores: ['content'] });
    const at = (await conn.get('content', 'f2'))?.favouriteAt;
    // Starring again keeps when it was starred: its place among the favourites does not move.
    await ask('library.favourite', { id: 'f2', favourite: true });
    expect((await conn.get('content', 'f2'))?.favouriteAt).toBe(at);
    // A star is not an edit: later imports still update the item.
    expect((await conn.get('content', 'f2'))?.curatedAt).toBeNull();

    await ask('library.favourite', { id: 'f2', favourite: false });
    expect(await conn.get('content', 'f2')).not.toHaveProperty('favouriteAt');
    expect(await ask('library.favourite', { id: 'nope', favourite: true })).toMatchObject({ ok: false });
  });

  it("orders the picker's search: favourites, then what the user shared lately to anyone, then the freshest", async () => {
    const { ask } = await seeded();
    // Cold: the index is not built yet, and the order needs it.
    await ask('library.favourite', { id: 'f1', favourite: true });
    expect(titlesOf(await ask('library.search', { text: '', limit: 3, favouritesFirst: true }, content))).toEqual(['f1', 'f5', 'f4']);
    const pageUrl = 'https://www.linkedin.com/messaging/thread/2-x/';
    const share = (contentId: string, channel: string, prospectId: string | null) =>
      ask('share.log', { contentId, prospectId, channel, pageUrl, link: `https://example.com/${contentId}`, captionIndex: null }, content);
    await share('f2', 'message', '/in/ada-sample-42');
    await share('f3', 'post', null);
    expect(titlesOf(await ask('library.search', { text: '', limit: 4, favouritesFirst: true }, content))).toEqual(['f1', 'f3', 'f2', 'f5']);
    // Without the flag (the popup, the panel's recommendations), and with text: as before.
    expect(titlesOf(await ask('library.search', { text: '', limit: 3 }, page))).toEqual(['f5', 'f4', 'f3']);
    expect(titlesOf(await ask('library.search', { text: 'item 4', favouritesFirst: true }, content))[0]).toBe('f4');
  });

  it('keeps the star through a re-import and a backup', async () => {
    const { db, conn, ask, bg } = await seeded();
    await bg.library.restoreExamples();
    const example = (await conn.getAll('content')).find((entry) => entry.example)!;
    await ask('library.favourite', { id: example.id, favourite: true });
    await bg.library.restoreExamples();
    const kept = (await conn.get('content', example.id))?.favouriteAt;
    expect(kept).toEqual(expect.any(Number));

    const { text } = await createBackup({ db, now: () => now }).export();
    const target = createDbHandle(`nurture-favourites-${++n}`);
    await createBackup({ db: target, now: () => now }).import(text, 'replace');
    expect((await (await target()).get('content', example.id))?.favouriteAt).toBe(kept);
    // A backup holding a star that is not a time is refused as damaged.
    const damaged = text.replace(`"favouriteAt":${kept}`, '"favouriteAt":"yes"');
    expect(damaged).not.toBe(text);
    await expect(
      createBackup({ db: createDbHandle(`nurture-favourites-${++n}`), now: () => now }).import(damaged, 'replace'),
    ).rejects.toThrow(/damaged/);
  });
});
