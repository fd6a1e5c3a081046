import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type Sender } from '../../src/background/router';
import { REQUESTS, SENDER_KINDS, type RequestType } from '../../src/contract/index';
import { valid } from '../data/valid-payloads';

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
