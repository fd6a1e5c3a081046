import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type Sender } from '../../src/background/router';
import { REQUESTS, SENDER_KINDS, type RequestType } from '../../src/shared/contract';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 7 };

/** Handlers that record their calls and answer something of the right type. */
function spyHandlers() {
  const calls: { type: RequestType; payload: unknown; sender: Sender }[] = [];
  const answer = (type: RequestType, value: unknown) =>
    vi.fn(async (payload: unknown, sender: Sender) => {
      calls.push({ type, payload, sender });
      return value;
    });
  const handlers = {
    'app.ping': answer('app.ping', { version: '1.0.0', schemaVersion: 1 }),
    'settings.get': answer('settings.get', { repId: '', campaign: '' }),
    'settings.update': answer('settings.update', { repId: 'x', campaign: '' }),
    'db.stats': answer('db.stats', { schemaVersion: 1, counts: {} }),
    'page.report': answer('page.report', { recorded: true }),
    'page.health': answer('page.health', null),
  } as Record<string, unknown>;
  for (const type of Object.keys(REQUESTS)) handlers[type] ??= answer(type as RequestType, null);
  return { handlers: handlers as unknown as Handlers, calls };
}

/** One valid payload per request type: the table must cover them all. */
const valid: { [K in RequestType]: unknown } = {
  'app.ping': {},
  'settings.get': {},
  'settings.update': { settings: { repId: 'ana-1' } },
  'db.stats': {},
  'page.report': { page: 'messaging', features: { 'composer-share-button': 'mounted' } },
  'page.health': { tabId: 3 },
  'library.search': { text: 'strat', stages: ['awareness'], limit: 5 },
  'library.facets': {},
  'library.get': { id: 'abc' },
  'library.update': { id: 'abc', patch: { topics: ['pricing'], captions: [{ language: 'fr', text: 'À lire' }] } },
  'library.delete': { id: 'abc' },
  'library.importFile': { fileName: 'feed.xml', text: '<rss/>' },
  'library.addFeed': { url: 'https://example.com/feed.xml' },
  'library.sources': {},
  'library.syncSource': { id: 'feed:abc' },
  'library.removeSource': { id: 'feed:abc' },
  'library.removeExamples': {},
  'library.restoreExamples': {},
  'content.config': {},
  'share.context': { prospectId: '/in/ada-sample-42' },
  'share.prepare': { contentId: 'abc', prospectId: null },
  'share.log': { contentId: 'abc', prospectId: '/in/ada', channel: 'message', pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/', link: 'https://e.com/a?utm_source=linkedin', captionIndex: 0 },
  'share.confirmSent': { prospectId: '/in/ada', links: ['https://e.com/a'] },
  'activity.recent': { limit: 5 },
  'activity.page': { filter: { kind: 'shared' }, before: null, limit: 50 },
  'activity.exportChunk': { filter: {}, after: { at: 5, id: 3 }, limit: 2000 },
  'activity.add': { kind: 'call', prospectId: '/in/ada', note: 'Called about the pilot' },
  'activity.setNote': { id: 4, note: 'Follow up in May' },
  'insights.compute': {},
  'backup.export': {},
  'backup.import': { text: '{}', mode: 'merge' },
  'prospects.add': { profilePath: '/in/ada-sample-42', name: 'Ada Sample', headline: 'Head of Ops', company: 'Example' },
  'prospects.status': { id: '/in/ada-sample-42' },
  'prospects.open': { id: '/in/ada-sample-42' },
  'prospects.get': { id: '/in/ada-sample-42' },
  'prospects.list': { stage: 'evaluation' },
  'prospects.update': { id: '/in/ada-sample-42', patch: { stage: 'purchase' } },
  'prospects.erase': { id: '/in/ada-sample-42' },
  'prospects.timeline': { id: '/in/ada-sample-42' },
  'prospects.today': {},
  'replies.record': { prospectId: '/in/ada-sample-42', pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/', replies: [{ externalId: 'urn:1', text: '' }] },
};

const senderOf = (kind: (typeof SENDER_KINDS)[number]): Sender => (kind === 'extension-page' ? page : content);

describe('router', () => {
  for (const type of Object.keys(REQUESTS) as RequestType[]) {
    const spec = REQUESTS[type];
    describe(type, () => {
      it('runs the handler for an allowed sender with a valid payload', async () => {
        const { handlers, calls } = spyHandlers();
        const route = createRouter(handlers);
        const answer = await route({ type, payload: valid[type] }, senderOf(spec.senders[0]!));
        expect(answer.ok).toBe(true);
        expect(calls.map((c) => c.type)).toEqual([type]);
      });

      for (const kind of SENDER_KINDS.filter((k) => !(spec.senders as readonly string[]).includes(k))) {
        it(`refuses ${kind} and runs nothing`, async () => {
          const { handlers, calls } = spyHandlers();
          const answer = await createRouter(handlers)({ type, payload: valid[type] }, senderOf(kind));
          expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
          expect(calls).toEqual([]);
        });
      }

      it('refuses an unknown sender and runs nothing', async () => {
        const { handlers, calls } = spyHandlers();
        const answer = await createRouter(handlers)({ type, payload: valid[type] }, null);
        expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
        expect(calls).toEqual([]);
      });

      for (const payload of [undefined, null, 42, 'x', [], { ...(valid[type] as object), extra: true }]) {
        it(`refuses the malformed payload ${JSON.stringify(payload)} and runs nothing`, async () => {
          const { handlers, calls } = spyHandlers();
          const answer = await createRouter(handlers)({ type, payload }, senderOf(spec.senders[0]!));
          expect(answer).toMatchObject({ ok: false, error: { code: 'malformed' } });
          expect(calls).toEqual([]);
        });
      }
    });
  }

  it('refuses unknown and inherited request types', async () => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers);
    for (const raw of [null, 'app.ping', {}, { type: 'nope' }, { type: 'toString' }, { type: '__proto__' }, { type: 1 }]) {
      expect(await route(raw, page)).toMatchObject({ ok: false, error: { code: 'unknown-request' } });
    }
    expect(calls).toEqual([]);
  });

  it('checks field values, not only shapes', async () => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers);
    const bad = [
      { type: 'settings.update', payload: { settings: { repId: '<script>' } } },
      { type: 'settings.update', payload: { settings: { campaign: 'x'.repeat(65) } } },
      { type: 'page.health', payload: { tabId: -1 } },
      { type: 'page.health', payload: { tabId: 1.5 } },
    ];
    for (const raw of bad) expect((await route(raw, page)).ok).toBe(false);
    const report = { type: 'page.report', payload: { page: 'admin', features: {} } };
    expect((await route(report, content)).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('hands the checked, trimmed payload to the handler', async () => {
    const { handlers, calls } = spyHandlers();
    await createRouter(handlers)({ type: 'settings.update', payload: { settings: { repId: '  ana  ' } } }, page);
    expect(calls[0]?.payload).toEqual({ settings: { repId: 'ana' } });
  });

  it('turns a failing handler into an error answer', async () => {
    const { handlers } = spyHandlers();
    handlers['app.ping'] = async () => {
      throw new Error('disk full');
    };
    const log = vi.fn();
    const answer = await createRouter(handlers, log)({ type: 'app.ping', payload: {} }, page);
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
    expect(log).toHaveBeenCalled();
  });
});
